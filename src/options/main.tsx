import { render } from 'preact';
import { message, uiLanguage } from '../platform/i18n.ts';
import '../ui/styles.css';

// The options page grows with the format, taxonomy, import and backup features.
document.documentElement.lang = uiLanguage();
document.title = message('extName');
render(<main class="options"><h1>{message('extName')}</h1></main>, document.getElementById('app') as HTMLElement);
