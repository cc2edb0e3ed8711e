import { expect, test } from '@playwright/test'

const darkBg = 'rgb(17, 18, 22)'
const lightBg = 'rgb(255, 255, 255)'
const bodyBg = (page: import('@playwright/test').Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor)

test('the toggle cycles system, light and dark, and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/')
  const toggle = page.getByRole('button', { name: /^Theme:/ })
  await expect(toggle).toHaveAccessibleName('Theme: System')
  await expect.poll(() => bodyBg(page)).toBe(lightBg)
  await toggle.click()
  await expect(toggle).toHaveAccessibleName('Theme: Light')
  await toggle.click()
  await expect(toggle).toHaveAccessibleName('Theme: Dark')
  await expect.poll(() => bodyBg(page)).toBe(darkBg)
  await page.goto('/articles/multi-cloud-ai-labs')
  await expect(page.getByRole('button', { name: 'Theme: Dark' })).toBeVisible()
  await expect.poll(() => bodyBg(page)).toBe(darkBg)
  await page.getByRole('button', { name: 'Theme: Dark' }).click()
  await expect(page.getByRole('button', { name: 'Theme: System' })).toBeVisible()
  await expect.poll(() => bodyBg(page)).toBe(lightBg)
})

test('system follows the reader setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/')
  await expect.poll(() => bodyBg(page)).toBe(darkBg)
})

test('no flash: the stored scheme is on <html> before the body is parsed', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.addInitScript(() => {
    localStorage.setItem('theme', 'dark')
    const w = window as unknown as { themeAtBody?: string | null }
    new MutationObserver((_, observer) => {
      if (document.body) {
        w.themeAtBody = document.documentElement.getAttribute('data-theme')
        observer.disconnect()
      }
    }).observe(document, { childList: true, subtree: true })
  })
  await page.goto('/articles/openai-aws-38-billion-compute-deal')
  expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string | null }).themeAtBody)).toBe('dark')
  await expect.poll(() => bodyBg(page)).toBe(darkBg)
})
