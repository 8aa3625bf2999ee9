/** One options section with its own status line, so a message shows where the user acted. */
import type { ComponentChildren } from 'preact';
import { StatusMessage, useStatus, type Status } from '../../components/status-message';
import type { UiTexts } from '../../utils/ui-messages';
import { WriteErrorContext } from '../../utils/use-setting';

export interface SectionProps {
  name: string;
  heading: string;
  intro?: string;
  texts: UiTexts;
  children(showStatus: (status: Status | null) => void): ComponentChildren;
}

export function Section({ name, heading, intro, texts, children }: SectionProps) {
  const { status, setStatus, reportWriteError } = useStatus(texts);
  return (
    <section class="options__section" data-section={name} aria-labelledby={`${name}-heading`}>
      <h2 id={`${name}-heading`}>{heading}</h2>
      {intro && <p class="hint">{intro}</p>}
      <WriteErrorContext.Provider value={reportWriteError}>{children(setStatus)}</WriteErrorContext.Provider>
      <StatusMessage status={status} />
    </section>
  );
}
