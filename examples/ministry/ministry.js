// The ministry's own site code, not part of Hapur: the language switch (sets <html lang> and the title; the blocks
// follow it) and the answer to the tracker's "give feedback" button.
const LANGUAGES = ['sq', 'sr-Latn', 'en'];
const saved = localStorage.getItem('site-lang');
if (saved && LANGUAGES.includes(saved)) document.documentElement.lang = saved;

// The page's title follows too: <title> holds the sq text, `data-sr-latn` and `data-en` the others.
const title = document.querySelector('title');
const titles = { sq: title?.textContent, 'sr-Latn': title?.dataset.srLatn, en: title?.dataset.en };

function showLanguage() {
  const lang = document.documentElement.lang;
  document.title = titles[lang] ?? titles.en ?? document.title;
  for (const button of document.querySelectorAll('[data-set-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.setLang === document.documentElement.lang));
  }
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('[data-set-lang]') : null;
  if (!button) return;
  document.documentElement.lang = button.dataset.setLang;
  localStorage.setItem('site-lang', button.dataset.setLang);
  showLanguage();
});
showLanguage();

// "Give feedback on this commitment": open the feedback form for that commitment under the tracker. The form's
// code comes when its tag is added (hapur.js loads each block the first time its tag appears).
document.addEventListener('hapur-feedback-request', (event) => {
  event.preventDefault();
  const { planId, commitmentNumber } = event.detail;
  const form = document.createElement('hapur-feedback-form');
  form.setAttribute('api', '/api/v1');
  form.setAttribute('plan-id', planId);
  form.setAttribute('commitment', commitmentNumber);
  form.setAttribute('heading-level', '3');
  document.getElementById('feedback-slot').replaceChildren(form);
  const section = document.getElementById('feedback');
  section.hidden = false;
  document.getElementById('feedback-title').focus();
});
