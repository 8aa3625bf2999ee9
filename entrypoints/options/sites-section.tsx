/** Built-in sites with their switches, and the user's Mastodon instances with their permissions. */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SiteSwitch } from '../../components/site-switch';
import { writeErrorText, type Status } from '../../components/status-message';
import { SITE_IDS } from '../../guidance/types';
import { addCustomSite, hasHostPermission, parseHostInput, removeCustomSite, requestHostPermission } from '../../utils/custom-sites';
import { CUSTOM_SITES_MAX, customSites, disabledSites, withSiteSwitched } from '../../utils/settings';
import { SITES } from '../../utils/sites';
import { useSetting } from '../../utils/use-setting';
import type { UiTextState } from '../../utils/use-ui-text';
import { Section } from './section';

export function SitesSection({ ui }: { ui: UiTextState }) {
  const disabled = useSetting(disabledSites);
  const switchFor = (key: string, label: string) => (
    <SiteSwitch
      switchKey={key}
      label={label}
      on={!disabled.value.includes(key)}
      onChange={(on) => void disabled.save(withSiteSwitched(disabled.value, key, on))}
    />
  );
  return (
    <>
      <Section name="sites" heading={ui.texts.optionsSitesHeading} intro={ui.texts.optionsSitesIntro} texts={ui.texts}>
        {() => (
          <ul class="options__sites">
            {SITE_IDS.map((site) => (
              <li key={site}>{switchFor(site, SITES[site].label)}</li>
            ))}
          </ul>
        )}
      </Section>
      <Section name="custom-sites" heading={ui.texts.optionsCustomHeading} intro={ui.texts.optionsCustomIntro} texts={ui.texts}>
        {(showStatus) => <CustomSites ui={ui} showStatus={showStatus} switchFor={switchFor} />}
      </Section>
    </>
  );
}

interface CustomSitesProps {
  ui: UiTextState;
  showStatus(status: Status | null): void;
  switchFor(key: string, label: string): JSX.Element;
}

function CustomSites({ ui, showStatus, switchFor }: CustomSitesProps) {
  const sites = useSetting(customSites);
  const [granted, setGranted] = useState<ReadonlySet<string>>(new Set());
  const [typed, setTyped] = useState('');

  // Permissions change outside this page too (the browser's extension settings, the popup).
  useEffect(() => {
    const refresh = () =>
      void Promise.all(sites.value.map(async (host) => ((await hasHostPermission(host)) ? [host] : []))).then((hosts) =>
        setGranted(new Set(hosts.flat())),
      );
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, [sites.value]);

  const add = async (event: Event) => {
    event.preventDefault();
    const input = parseHostInput(typed);
    if ('problem' in input) {
      const text = { invalid: ui.t('optionsHostInvalid', { input: typed }), 'not-https': ui.texts.optionsHostNotHttps, 'built-in': ui.t('optionsHostBuiltIn', { host: typed.trim() }) }[input.problem];
      return showStatus({ kind: 'error', text });
    }
    const { host } = input;
    if (sites.value.includes(host)) return showStatus({ kind: 'error', text: ui.t('optionsHostDuplicate', { host }) });
    if (sites.value.length >= CUSTOM_SITES_MAX) return showStatus({ kind: 'error', text: ui.t('optionsHostTooMany', { max: CUSTOM_SITES_MAX }) });
    // The permission prompt needs the click's user gesture: it is the first thing awaited.
    if (!(await requestHostPermission(host))) return showStatus({ kind: 'error', text: ui.t('optionsHostDenied', { host }) });
    try {
      await addCustomSite(host);
    } catch (error) {
      return showStatus({ kind: 'error', text: writeErrorText(error, ui.texts) });
    }
    setTyped('');
    showStatus({ kind: 'info', text: ui.t('optionsHostAdded', { host }) });
  };

  const remove = async (host: string) => {
    try {
      await removeCustomSite(host);
      showStatus({ kind: 'info', text: ui.t('optionsHostRemoved', { host }) });
    } catch (error) {
      showStatus({ kind: 'error', text: writeErrorText(error, ui.texts) });
    }
  };

  return (
    <>
      {sites.value.length === 0 ? (
        <p class="hint">{ui.texts.optionsCustomNone}</p>
      ) : (
        <ul class="options__custom-sites">
          {sites.value.map((host) => (
            <li key={host} data-custom-site={host} data-permission={granted.has(host) ? 'granted' : 'missing'}>
              {switchFor(host, host)}
              <span class="options__permission">{granted.has(host) ? ui.texts.optionsCustomGranted : ui.texts.optionsCustomNotGranted}</span>
              {!granted.has(host) && (
                <button type="button" onClick={() => void requestHostPermission(host)}>
                  {ui.texts.optionsCustomGrant}
                </button>
              )}
              <button type="button" aria-label={ui.t('optionsCustomRemoveLabel', { host })} onClick={() => void remove(host)}>
                {ui.texts.optionsCustomRemove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="options__add-site" onSubmit={(event) => void add(event)}>
        <label>
          {ui.texts.optionsCustomHostLabel}{' '}
          <input type="text" data-setting="customSiteHost" placeholder="mastodon.example" spellcheck={false} value={typed} onInput={(event) => setTyped(event.currentTarget.value)} />
        </label>{' '}
        <button type="submit">{ui.texts.optionsCustomAdd}</button>
      </form>
    </>
  );
}
