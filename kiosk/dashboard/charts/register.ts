// Registers only the Chart.js pieces the dashboard draws with, so the rest is tree-shaken out of the bundle.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { toFont } from 'chart.js/helpers';
import { setFontResolver } from './wrap-label';
import { LOCALE } from '../i18n/locale';

Chart.register(BarController, LineController, CategoryScale, LinearScale, BarElement, LineElement, PointElement, Tooltip, Legend);

// The page's font and a darker grey than Chart.js's default #666, for 4.5:1 contrast on white.
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
Chart.defaults.color = '#3d4752';
Chart.defaults.locale = LOCALE;
setFontResolver(toFont);

export { Chart };
