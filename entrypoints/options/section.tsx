/**
 * One options section with its own status line, so a message shows where the user acted. Its
 * content reports through `useSectionStatus()`, and failed settings writes land there too.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { StatusMessage, useStatus, type Status } from '../../components/status-message';
import { WriteErrorContext } from '../../utils/use-setting';
import type { UiTextState } from '../../utils/use-ui-text';

const SectionStatusContext = createContext<(status: Status | null) => void>(() => undefined);

/** Shows a message in the enclosing section's status line. */
export function useSectionStatus() {
  return useContext(SectionStatusContext);
}

export interface SectionProps {
  name: string;
  heading: string;
  intro?: string;
  ui: UiTextState;
  children: ComponentChildren;
}

export function Section({ name, heading, intro, ui, children }: SectionProps) {
  const { status, setStatus, reportWriteError } = useStatus();
  return (
    <section class="options__section" data-section={name} aria-labelledby={`${name}-heading`}>
      <h2 id={`${name}-heading`}>{heading}</h2>
      {intro && <p class="hint">{intro}</p>}
      <WriteErrorContext.Provider value={reportWriteError}>
        <SectionStatusContext.Provider value={setStatus}>{children}</SectionStatusContext.Provider>
      </WriteErrorContext.Provider>
      <StatusMessage status={status} texts={ui.texts} lang={ui.lang} />
    </section>
  );
}
