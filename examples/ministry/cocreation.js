// The ministry's own code for cocreation.html, not part of Hapur: the calendar's "send a comment" link of an open
// comment period comes back here with `?topic=<the consultation's title>#feedback-title`; this opens the feedback form
// with that consultation as its subject. Without <hapur-feedback-form> or a topic nothing opens. The fragment names the
// heading itself (it takes focus): the browser applies the fragment after this script, and a fragment naming an
// element that cannot take focus (the section) would clear the focus given to the heading here.
const topic = new URLSearchParams(location.search).get('topic')?.trim();
if (topic && topic.length >= 2 && topic.length <= 200) {
  const form = document.createElement('hapur-feedback-form');
  form.setAttribute('api', '/api/v1');
  form.setAttribute('topic', topic);
  form.setAttribute('institution', 'xk-mapl');
  form.setAttribute('kind', 'feedback');
  form.setAttribute('heading-level', '3');
  document.getElementById('feedback-slot').replaceChildren(form);
  document.getElementById('feedback').hidden = false;
  document.getElementById('feedback-title').focus();
}
