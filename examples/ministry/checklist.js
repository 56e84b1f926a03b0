// The ministry's own code for checklist.html, not part of Hapur: a staff member pastes a token to
// switch <hapur-publication-checklist> to its monitoring template. The token is set as a property and
// kept in memory only (not in the URL, not in storage); reloading the page signs out.
const form = document.getElementById('staff-form');
const block = document.getElementById('checklist-block');
const title = document.getElementById('checklist-title');

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const token = form.elements.token.value.trim();
  const period = form.elements.period.value.trim();
  if (!token) return;
  block.token = token;
  if (/^\d{4}-Q[1-4]$/.test(period)) block.period = period;
  block.mode = 'monitor';
  form.elements.token.value = '';
  // To the checklist's heading (tabindex=-1): the next Tab goes on in the template.
  title.scrollIntoView({ block: 'start' });
  title.focus({ preventScroll: true });
});
