/** An on/off switch for the coach on one site; `data-site-switch` holds the site's switch key. */
import './style.css';

export interface SiteSwitchProps {
  /** A site id, or a custom site's host (see `siteSwitchKey`). */
  switchKey: string;
  label: string;
  on: boolean;
  onChange(on: boolean): void;
}

export function SiteSwitch({ switchKey, label, on, onChange }: SiteSwitchProps) {
  return (
    <label class="site-switch">
      <span class="site-switch__label">{label}</span>
      <input
        type="checkbox"
        role="switch"
        class="site-switch__input"
        data-site-switch={switchKey}
        checked={on}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
    </label>
  );
}
