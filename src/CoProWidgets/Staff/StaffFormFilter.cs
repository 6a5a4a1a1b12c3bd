using Microsoft.AspNetCore.Http;

namespace CoProWidgets.Staff;

/// <summary>
/// The checks every staff POST makes before it does anything: the form is read within its size, and only with the
/// antiforgery token of a page this site showed the same signed-in user (<see cref="StaffForm.ReadAsync"/>);
/// otherwise the answer is <see cref="StaffForm.Refused"/>. The form read is kept for the handler
/// (<see cref="StaffForm.Of"/>).
/// </summary>
/// <param name="maxBytes">The largest form this route takes; a survey's own form can depend on the survey.</param>
internal sealed class StaffFormFilter(Func<HttpContext, int> maxBytes) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(next);
        var context = invocation.HttpContext;
        if (await StaffForm.ReadAsync(context, maxBytes(context)) is not { } form)
        {
            return StaffForm.Refused();
        }

        StaffForm.Keep(context, form);
        return await next(invocation);
    }
}
