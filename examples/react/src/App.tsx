import { useEffect, useRef, useState } from 'react';
import {
  HapurCommitmentTracker,
  HapurFeedbackForm,
  HapurProvider,
  HapurServiceInfo,
  HapurServiceList,
  type HapurFeedbackRequestEventDetail,
  type HapurFeedbackRequestEvent,
  type HapurSubmittedEvent,
} from '@hapur/react';
import { LanguageSwitch } from './LanguageSwitch';
import { TEXT, initialLang, type Lang } from './text';

const API = import.meta.env.VITE_HAPUR_API || '/api/v1';
const INSTITUTION = 'xk-example-municipality';
const PLAN = 'xk-2026-2028';

interface Sent {
  reference: string;
  respondBy: string | undefined;
}

export function App() {
  const [lang, setLang] = useState<Lang>(initialLang);
  // Set by the tracker's "give feedback" event: the form then writes about that commitment.
  const [about, setAbout] = useState<HapurFeedbackRequestEventDetail>();
  // References collected from the form's `hapur-submitted` events.
  const [sent, setSent] = useState<Sent[]>([]);
  const reportHeading = useRef<HTMLHeadingElement>(null);
  const t = TEXT[lang];

  // The blocks get `lang` as a prop; <html lang> and the title follow too, for screen readers and the tab.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.title;
    localStorage.setItem('site-lang', lang);
  }, [lang, t]);

  useEffect(() => {
    if (about) reportHeading.current?.focus();
  }, [about]);

  function onFeedbackRequest(event: HapurFeedbackRequestEvent) {
    event.preventDefault(); // we open our own form instead of following the tracker's link
    setAbout(event.detail);
  }

  function writeAboutAnything() {
    setAbout(undefined);
    reportHeading.current?.focus(); // the button goes away; keep the reader at the form
  }

  function onSubmitted(event: HapurSubmittedEvent) {
    const { reference, respondBy } = event.detail;
    setSent((list) => [...list, { reference, respondBy }]);
  }

  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long' });
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skip}
      </a>
      <header className="site-header">
        <p className="site-name">{t.siteName}</p>
        <LanguageSwitch lang={lang} label={t.language} onChange={setLang} />
      </header>
      <main id="main" tabIndex={-1}>
        <p className="example-note">{t.note}</p>
        {/* Every block inside reads the API address from the provider. */}
        <HapurProvider api={API}>
          <section aria-labelledby="services-title">
            <h1 id="services-title">{t.services}</h1>
            <HapurServiceList institution={INSTITUTION} headingLevel={2} lang={lang} />
          </section>
          <section aria-labelledby="featured-title">
            <h2 id="featured-title">{t.featured}</h2>
            <HapurServiceInfo serviceId="example-birth-certificate" headingLevel={3} lang={lang} />
          </section>
          <section aria-labelledby="plan-title">
            <h2 id="plan-title">{t.plan}</h2>
            <HapurCommitmentTracker
              planId={PLAN}
              headingLevel={3}
              noUrlState
              lang={lang}
              onHapurFeedbackRequest={onFeedbackRequest}
            />
          </section>
          <section aria-labelledby="report-title">
            <h2 id="report-title" ref={reportHeading} tabIndex={-1}>
              {t.report}
            </h2>
            {about && (
              <p className="about">
                {t.aboutCommitment(about.commitmentNumber)}{' '}
                <button type="button" onClick={writeAboutAnything}>
                  {t.reportOther}
                </button>
              </p>
            )}
            {/* A new form (key) for each subject: a commitment of the plan, or the municipality. */}
            <HapurFeedbackForm
              key={about ? `${about.planId}/${about.commitmentNumber}` : INSTITUTION}
              {...(about ? { planId: about.planId, commitment: about.commitmentNumber } : { institution: INSTITUTION })}
              headingLevel={3}
              lang={lang}
              onHapurSubmitted={onSubmitted}
            />
          </section>
          {sent.length > 0 && (
            <section aria-labelledby="sent-title" className="sent">
              <h2 id="sent-title">{t.sent}</h2>
              <ul>
                {sent.map(({ reference, respondBy }) => (
                  <li key={reference}>
                    <strong className="reference">{reference}</strong>
                    {respondBy && <> — {t.respondBy(date.format(new Date(respondBy)))}</>}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </HapurProvider>
      </main>
      <footer className="site-footer">
        <p>{t.footer}</p>
      </footer>
    </>
  );
}
