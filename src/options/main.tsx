import { render } from 'preact';
import { isoDateAt } from '../core/calendar-date.ts';
import { message, uiLanguage } from '../platform/i18n.ts';
import { openDigestDb } from '../storage/open-db.ts';
import { createRepos } from '../storage/repos.ts';
import { TranslateProvider } from '../ui/translate-context.ts';
import { OptionsApp } from './options-app.tsx';
import '../ui/styles.css';
import '../ui/options/options.css';

const repos = createRepos(openDigestDb());
const language = uiLanguage();
document.documentElement.lang = language;
document.title = message('optionsTitle');
const timeFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
const now = (): Date => new Date();

const root = document.getElementById('app') as HTMLElement;
render(
  <TranslateProvider value={message}>
    <OptionsApp
      repos={repos}
      t={message}
      now={now}
      today={() => isoDateAt(now())}
      newId={() => crypto.randomUUID()}
      formatTime={(iso) => timeFormat.format(new Date(iso))}
    />
  </TranslateProvider>,
  root,
);
root.dataset.ready = 'true';
