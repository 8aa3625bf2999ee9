/**
 * The options page: sites and custom sites, language and reply-time target, muted rules, the
 * participation policy, and backup (export, import, reset). `data-section` names each part.
 */
import { useEffect, useState } from 'preact/hooks';
import { LanguagePicker } from '../../components/language-picker';
import { replyTargetMinutes, REPLY_TARGET_RANGE, uiLanguage } from '../../utils/settings';
import { useSetting } from '../../utils/use-setting';
import { useUiText, type UiTextState } from '../../utils/use-ui-text';
import { BackupSection } from './backup-section';
import { MutedSection } from './muted-section';
import { PolicySection } from './policy-section';
import { Section } from './section';
import { SitesSection } from './sites-section';

export function OptionsApp() {
  const ui = useUiText();
  useEffect(() => {
    document.documentElement.lang = ui.lang;
    document.title = ui.texts.optionsTitle;
  }, [ui.lang]);
  if (!ui.loaded) return null;
  return (
    <main class="options">
      <h1>{ui.texts.optionsTitle}</h1>
      <SitesSection ui={ui} />
      <GeneralSection ui={ui} />
      <MutedSection ui={ui} />
      <PolicySection ui={ui} />
      <BackupSection ui={ui} />
    </main>
  );
}

function GeneralSection({ ui }: { ui: UiTextState }) {
  const language = useSetting(uiLanguage);
  const target = useSetting(replyTargetMinutes);
  const [typed, setTyped] = useState<string>();
  const { min, max } = REPLY_TARGET_RANGE;
  return (
    <Section name="general" heading={ui.texts.optionsGeneralHeading} texts={ui.texts}>
      {(showStatus) => {
        const commitTarget = async (text: string) => {
          const minutes = Number(text);
          if (!/^\d+$/.test(text.trim()) || minutes < min || minutes > max) {
            showStatus({ kind: 'error', text: ui.t('optionsReplyTargetInvalid', { min, max }) });
            return;
          }
          if (await target.save(minutes)) {
            setTyped(undefined);
            showStatus({ kind: 'info', text: ui.texts.optionsSaved });
          }
        };
        return (
          <div class="options__fields">
            <LanguagePicker value={language.value} texts={ui.texts} onChange={(next) => void language.save(next)} />
            <label class="options__field">
              <span>{ui.texts.optionsReplyTargetLabel}</span>
              <input
                type="number"
                min={min}
                max={max}
                step={1}
                data-setting="replyTargetMinutes"
                value={typed ?? String(target.value)}
                onInput={(event) => setTyped(event.currentTarget.value)}
                onChange={(event) => void commitTarget(event.currentTarget.value)}
              />
              <span class="hint">{ui.texts.optionsReplyTargetHelp}</span>
            </label>
          </div>
        );
      }}
    </Section>
  );
}
