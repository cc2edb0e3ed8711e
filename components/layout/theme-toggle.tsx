import { themeChoices } from '@/lib/page/theme'

const labels = { system: 'System', light: 'Light', dark: 'Dark' } as const

/**
 * Cycles system → light → dark. The inline theme script (lib/page/theme.ts) handles clicks and sets
 * <html data-theme-choice>; CSS shows the label of the current choice. Without JavaScript the
 * button is hidden and the system setting applies.
 */
export function ThemeToggle() {
  return (
    <button type="button" data-theme-toggle className="theme-toggle rounded-md border border-border px-2.5 py-1 text-sm text-fg hover:border-accent">
      {themeChoices.map((c) => (
        <span key={c} data-theme-label={c}>
          Theme: {labels[c]}
        </span>
      ))}
    </button>
  )
}
