/** Built-in sites with their switches, and the user's Mastodon instances with their permissions. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SiteSwitch } from '../../components/site-switch';
import { writeErrorStatus, type Status } from '../../components/status-message';
import { SITE_IDS } from '../../guidance/types';
import { addCustomSite, hasHostPermission, parseHostInput, removeCustomSite, requestHostPermission } from '../../utils/custom-sites';
import { CUSTOM_SITES_MAX, customSites, disabledSites, withSiteSwitched } from '../../utils/settings';
import { SITES } from '../../utils/sites';
import { useSetting } from '../../utils/use-setting';
import type { UiTextState } from '../../utils/use-ui-text';
import { Section, useSectionStatus } from './section';

export function SitesSection({ ui }: { ui: UiTextState }) {
  return (
    <>
      <Section name="sites" heading={ui.texts.optionsSitesHeading} intro={ui.texts.optionsSitesIntro} ui={ui}>
        <ul class="options__sites">
          {SITE_IDS.map((site) => (
            <li key={site}>
              <SwitchFor switchKey={site} label={SITES[site].label} />
            </li>
          ))}
        </ul>
      </Section>
      <Section name="custom-sites" heading={ui.texts.optionsCustomHeading} intro={ui.texts.optionsCustomIntro} ui={ui}>
        <CustomSites ui={ui} />
      </Section>
    </>
  );
}

function SwitchFor({ switchKey, label }: { switchKey: string; label: string }) {
  const disabled = useSetting(disabledSites);
  return (
    <SiteSwitch
      switchKey={switchKey}
      label={label}
      on={!disabled.value.includes(switchKey)}
      onChange={(on) => void disabled.save(withSiteSwitched(disabled.value, switchKey, on))}
    />
  );
}

function CustomSites({ ui }: { ui: UiTextState }) {
  const sites = useSetting(customSites);
  const showStatus = useSectionStatus();
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
      const problems: Record<typeof input.problem, Status> = {
        invalid: { kind: 'error', key: 'optionsHostInvalid', params: { input: typed } },
        'not-https': { kind: 'error', key: 'optionsHostNotHttps' },
        'built-in': { kind: 'error', key: 'optionsHostBuiltIn', params: { host: typed.trim() } },
      };
      return showStatus(problems[input.problem]);
    }
    const { host } = input;
    if (sites.value.includes(host)) return showStatus({ kind: 'error', key: 'optionsHostDuplicate', params: { host } });
    if (sites.value.length >= CUSTOM_SITES_MAX) return showStatus({ kind: 'error', key: 'optionsHostTooMany', params: { max: CUSTOM_SITES_MAX } });
    // The permission prompt needs the click's user gesture: it is the first thing awaited.
    if (!(await requestHostPermission(host))) return showStatus({ kind: 'error', key: 'optionsHostDenied', params: { host } });
    try {
      await addCustomSite(host);
    } catch (error) {
      return showStatus(writeErrorStatus(error));
    }
    setTyped('');
    showStatus({ kind: 'info', key: 'optionsHostAdded', params: { host } });
  };

  const remove = async (host: string) => {
    try {
      await removeCustomSite(host);
      showStatus({ kind: 'info', key: 'optionsHostRemoved', params: { host } });
    } catch (error) {
      showStatus(writeErrorStatus(error));
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
              <SwitchFor switchKey={host} label={host} />
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
          <input
            type="text"
            data-setting="customSiteHost"
            placeholder="mastodon.example"
            spellcheck={false}
            value={typed}
            onInput={(event) => setTyped(event.currentTarget.value)}
          />
        </label>{' '}
        <button type="submit">{ui.texts.optionsCustomAdd}</button>
      </form>
    </>
  );
}
