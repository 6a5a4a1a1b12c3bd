/*
  A survey kiosk (a shared tablet at an event). After the thank-you message it starts again for the next person on
  its own. Elsewhere, when nobody has touched the screen for the idle time, it warns (a modal dialog, announced) and
  then clears the screen by posting the page's "Finish and clear" form, which starts a fresh session on the server.
  One press of "I need more time", or Escape, gives the whole time again (WCAG 2.2 success criterion 2.2.1). Without
  JavaScript none of this runs and the "Finish and clear" button does it by hand. What it announces comes from the page
  (data-say-*), in the page's language: the script holds no words.
*/
(function () {
  "use strict";
  var kiosk = document.querySelector("[data-copro-kiosk]");
  if (!kiosk) {
    return;
  }

  var clearForm = kiosk.querySelector(".copro-kiosk__clear");
  var announce = kiosk.querySelector("[data-copro-kiosk-announce]");
  var clearing = false;

  function clear() {
    if (!clearing && clearForm) {
      clearing = true;
      clearForm.submit();
    }
  }

  var restart = Number(kiosk.getAttribute("data-restart-seconds"));
  if (restart > 0) {
    window.setTimeout(clear, restart * 1000);
    return;
  }

  var idle = Number(kiosk.getAttribute("data-idle-seconds")) * 1000;
  var warning = Number(kiosk.getAttribute("data-warning-seconds")) * 1000;
  var dialog = kiosk.querySelector("dialog");
  var seconds = dialog && dialog.querySelector("[data-copro-kiosk-seconds]");
  var extend = dialog && dialog.querySelector("[data-copro-kiosk-extend]");
  if (!(idle > 0) || !dialog || typeof dialog.showModal !== "function") {
    return;
  }

  var last = Date.now();
  var returnFocus = null;

  function say(text) {
    // Emptied first, so saying the same words again is announced again.
    announce.textContent = "";
    window.setTimeout(function () { announce.textContent = text; }, 100);
  }

  function touched() {
    if (!dialog.open) {
      last = Date.now();
    }
  }

  function moreTime() {
    if (dialog.open) {
      dialog.close();
    }

    last = Date.now();
    if (returnFocus && document.contains(returnFocus)) {
      returnFocus.focus();
    }

    say(kiosk.getAttribute("data-say-more-time") || "");
  }

  function tick() {
    var left = idle - (Date.now() - last);
    if (left <= 0) {
      clear();
      return;
    }

    if (left <= warning) {
      seconds.textContent = String(Math.ceil(left / 1000));
      if (!dialog.open) {
        returnFocus = document.activeElement;
        dialog.showModal();
        extend.focus();
        say((kiosk.getAttribute("data-say-warning") || "").replace("{0}", String(Math.ceil(left / 1000))));
      }
    }
  }

  ["pointerdown", "keydown", "input", "change", "wheel", "touchstart"].forEach(function (name) {
    document.addEventListener(name, touched, { passive: true, capture: true });
  });
  extend.addEventListener("click", moreTime);
  dialog.addEventListener("cancel", function (event) {
    event.preventDefault();
    moreTime();
  });
  window.setInterval(tick, 1000);
})();
