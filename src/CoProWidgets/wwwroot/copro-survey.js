/*! CoProWidgets survey (MIT): no dependencies, no eval, no inline script or style.
   Keeps what is typed on each page of questions in this tab's session storage, so a refresh (which sends the page
   before it again) or a post that never arrived (Chromium's Back then goes to the page before) brings it back.
   Submitting the answers, or closing the tab, forgets it all. */
(() => {
  'use strict';
  const store = (f, v) => {
    try {
      v === undefined ? sessionStorage.removeItem(f) : sessionStorage.setItem(f, JSON.stringify(v));
    } catch (e) { }
  };
  document.querySelectorAll('form[data-copro-keep]').forEach(form => {
    const id = 'copro-survey:' + form.getAttribute('data-copro-keep');
    const fields = () => [...form.elements].filter(e => e.name && e.name.indexOf('q-') == 0 && e.type != 'hidden');
    const choice = e => e.type == 'radio' || e.type == 'checkbox';
    let kept;
    try {
      kept = JSON.parse(sessionStorage.getItem(id) || 'null');
    } catch (e) { }
    if (kept) fields().forEach(e => {
      const v = kept[e.name];
      if (!v) return;
      if (choice(e)) e.checked = v.indexOf(e.value) >= 0;
      else e.value = v[0] || '';
    });
    const keep = () => {
      const v = {};
      fields().forEach(e => {
        v[e.name] = v[e.name] || [];
        if (!choice(e) || e.checked) v[e.name].push(e.value);
      });
      store(id, v);
    };
    form.addEventListener('input', keep);
    form.addEventListener('change', keep);
  });
  document.querySelectorAll('form[data-copro-forget]').forEach(form => form.addEventListener('submit', e => {
    if (!e.submitter || e.submitter.value != 'submit') return;
    const prefix = 'copro-survey:' + form.getAttribute('data-copro-forget') + '|';
    try {
      Object.keys(sessionStorage).filter(k => k.indexOf(prefix) == 0).forEach(k => sessionStorage.removeItem(k));
    } catch (x) { }
  }));
})();
