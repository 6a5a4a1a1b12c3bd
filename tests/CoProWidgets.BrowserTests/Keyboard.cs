using Microsoft.Playwright;

namespace CoProWidgets.BrowserTests;

/// <summary>What a keyboard user does: move with Tab, and find out where the focus is.</summary>
public static class Keyboard
{
    /// <summary>The id of the focused element, looking inside shadow roots (where embedded widgets are).</summary>
    public static Task<string> ActiveElementIdAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.EvaluateAsync<string>("() => { let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; return a ? a.id : ''; }");
    }

    /// <summary>The id of the focused element in a frame.</summary>
    public static Task<string> ActiveElementIdAsync(IFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return frame.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.id : ''");
    }

    /// <summary>Presses Tab until the element with this id has the focus, failing after 80 presses.</summary>
    public static async Task TabToAsync(IPage page, string id)
    {
        ArgumentNullException.ThrowIfNull(page);
        for (var i = 0; i < 80; i++)
        {
            if (await ActiveElementIdAsync(page) == id)
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached #{id}.");
    }

    /// <summary>Presses Tab until the button with this text has the focus, then Enter, and waits for the next page.</summary>
    public static async Task PressButtonAsync(IPage page, string text)
    {
        ArgumentNullException.ThrowIfNull(page);
        for (var i = 0; i < 80 && await FocusedTextAsync(page) != text; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal(text, await FocusedTextAsync(page));

        // Unlike a click, a key press does not wait for the navigation it starts: mark this document, and wait for
        // a loaded one without the mark.
        await page.EvaluateAsync("() => { window.coproOldPage = true; }");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => !window.coproOldPage && document.readyState === 'complete'");
    }

    private static Task<string> FocusedTextAsync(IPage page) => page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");
}
