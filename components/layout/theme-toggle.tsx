import { themeChoices, type ThemeChoice } from '@/lib/page/theme'

const labels = { system: 'System', light: 'Light', dark: 'Dark' } as const

/** One icon per choice: a half-filled circle for the system setting, a sun, a moon. */
const icons: Record<ThemeChoice, React.ReactNode> = {
  system: (
    <>
      <circle cx="10" cy="10" r="7" />
      <path d="M10 3a7 7 0 0 1 0 14Z" fill="currentColor" stroke="none" />
    </>
  ),
  light: (
    <>
      <circle cx="10" cy="10" r="3.5" />
      <path d="M10 1.5v2M10 16.5v2M1.5 10h2M16.5 10h2M4 4l1.4 1.4M14.6 14.6 16 16M4 16l1.4-1.4M14.6 5.4 16 4" strokeLinecap="round" />
    </>
  ),
  dark: <path d="M16.5 12.5A7 7 0 0 1 7.5 3.5a7 7 0 1 0 9 9Z" strokeLinejoin="round" />,
}

/**
 * Cycles system → light → dark. The inline theme script (lib/page/theme.ts) handles clicks and sets
 * <html data-theme-choice>; CSS shows the icon and the name of the current choice, so the button
 * is an icon on screen and "Theme: <choice>" to a screen reader. Without JavaScript the button is
 * hidden and the system setting applies.
 */
export function ThemeToggle() {
  return (
    <button type="button" data-theme-toggle className="theme-toggle inline-flex size-10 items-center justify-center rounded-md text-fg hover:bg-surface">
      {themeChoices.map((c) => (
        <span key={c} data-theme-label={c}>
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.6">
            {icons[c]}
          </svg>
          <span className="sr-only">Theme: {labels[c]}</span>
        </span>
      ))}
    </button>
  )
}
