/**
 * The options page: sites and custom sites, language and reply-time target, muted rules, the
 * participation policy, and backup (export, import, reset). `data-section` names each part.
 */
import { useEffect, useState } from 'preact/hooks';
import { LanguagePicker } from '../../components/language-picker';
import { replyTargetMinutes, REPLY_TARGET_RANGE, uiLanguage } from '../../utils/settings';
import { useSetting } from '../../utils/use-setting';
import { useUiText, type UiTextState } from '../../utils/use-ui-text';
import { BackupTools } from './backup-section';
import { MutedRulesEditor } from './muted-section';
import { PolicyEditor } from './policy-section';
import { Section, useSectionStatus } from './section';
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
      <Section name="general" heading={ui.texts.optionsGeneralHeading} ui={ui}>
        <GeneralFields ui={ui} />
      </Section>
      <Section name="muted" heading={ui.texts.optionsMutedHeading} ui={ui}>
        <MutedRulesEditor ui={ui} />
      </Section>
      <Section name="policy" heading={ui.texts.optionsPolicyHeading} intro={ui.texts.optionsPolicyIntro} ui={ui}>
        <PolicyEditor ui={ui} />
      </Section>
      <Section name="backup" heading={ui.texts.optionsBackupHeading} ui={ui}>
        <BackupTools ui={ui} />
      </Section>
    </main>
  );
}

function GeneralFields({ ui }: { ui: UiTextState }) {
  const language = useSetting(uiLanguage);
  const target = useSetting(replyTargetMinutes);
  const showStatus = useSectionStatus();
  const [typed, setTyped] = useState<string>();
  const { min, max } = REPLY_TARGET_RANGE;

  const commitTarget = async (text: string) => {
    const minutes = Number(text);
    if (!/^\d+$/.test(text.trim()) || minutes < min || minutes > max) {
      showStatus({ kind: 'error', key: 'optionsReplyTargetInvalid', params: { min, max } });
      return;
    }
    if (await target.save(minutes)) {
      setTyped(undefined);
      showStatus({ kind: 'info', key: 'optionsSaved' });
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
}
