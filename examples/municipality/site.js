// The municipality's own language switch: sets <html lang> and the title. Hapur's blocks follow it by themselves
// (they observe `lang`), and the page's own text is switched by site.css. The choice is remembered.
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
