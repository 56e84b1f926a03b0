// The site's own language switch (not part of Hapur): sets <html lang>; the blocks follow by themselves
// and the page's own text is switched by site.css. The choice is remembered in localStorage.
const LANGUAGES = ['sq', 'sr-Latn', 'en'];
const saved = localStorage.getItem('hapur-example-lang');
if (saved && LANGUAGES.includes(saved)) document.documentElement.lang = saved;

function showPressed() {
  for (const button of document.querySelectorAll('[data-set-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.setLang === document.documentElement.lang));
  }
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('[data-set-lang]') : null;
  if (!button) return;
  document.documentElement.lang = button.dataset.setLang;
  localStorage.setItem('hapur-example-lang', button.dataset.setLang);
  showPressed();
});

showPressed();
