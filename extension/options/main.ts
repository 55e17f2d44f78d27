import { browser } from 'wxt/browser';
import { ALL_SITES } from '../lib/auto-analysis';
import { loadSettings, saveSettings, TEST_FLAVOR, type Settings } from '../lib/settings';

const form = document.getElementById('options') as HTMLFormElement;
const status = document.getElementById('status')!;
const input = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
const LABELS = ['anonymous', 'vague', 'unsourced', 'named'] as const;

function fill(settings: Settings): void {
  input('autoAnalyze').checked = settings.autoAnalyze;
  for (const label of LABELS) input(label).checked = settings.highlight[label];
  (form.elements.namedItem('skipSites') as HTMLTextAreaElement).value = settings.skipSites.join('\n');
}

function read(): Settings {
  const skip = (form.elements.namedItem('skipSites') as HTMLTextAreaElement).value;
  return {
    autoAnalyze: input('autoAnalyze').checked,
    highlight: { anonymous: input('anonymous').checked, vague: input('vague').checked, unsourced: input('unsourced').checked, named: input('named').checked },
    skipSites: skip.split(/\s+/).map((s) => s.trim()).filter(Boolean),
  };
}

async function save(event: Event): Promise<void> {
  const settings = read();
  const turnedOn = event.target === input('autoAnalyze') && settings.autoAnalyze;
  // The test flavor already has access to its local test pages (wxt.config.ts). Otherwise ask first,
  // with nothing awaited before: Firefox only shows the prompt inside the user's click, and an earlier
  // await ends that. `request` resolves true at once when access was already granted.
  if (turnedOn && !TEST_FLAVOR) {
    const granted = await browser.permissions.request({ origins: ALL_SITES }).catch(() => false);
    if (!granted) {
      settings.autoAnalyze = false;
      input('autoAnalyze').checked = false;
      status.textContent = 'Automatic analysis needs access to the sites you visit; it stays off.';
      await saveSettings(settings);
      return;
    }
  }
  await saveSettings(settings);
  status.textContent = 'Saved.';
}

form.addEventListener('change', (event) => void save(event));
void loadSettings().then(fill);
