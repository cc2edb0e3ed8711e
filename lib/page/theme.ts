/**
 * Colour scheme: "system" (follow the reader's setting), "light" or "dark", remembered in
 * localStorage. One small inline script in <head> applies the stored choice before the first
 * paint (no flash) and handles the toggle button by event delegation, so the toggle needs no
 * React client component and pages ship no extra JavaScript bundle for it.
 */
export const themeStorageKey = 'theme'
export const themeChoices = ['system', 'light', 'dark'] as const
export type ThemeChoice = (typeof themeChoices)[number]

// Kept as a plain string: it runs before any bundle loads. <html data-theme> drives the CSS
// (absent for "system"), <html data-theme-choice> drives the toggle's label.
export const themeScript = `(function(){var k=${JSON.stringify(themeStorageKey)},c=${JSON.stringify(themeChoices)},d=document.documentElement;
function apply(v){if(c.indexOf(v)<0)v="system";d.setAttribute("data-theme-choice",v);if(v==="system")d.removeAttribute("data-theme");else d.setAttribute("data-theme",v)}
var s=null;try{s=localStorage.getItem(k)}catch(e){}apply(s);
document.addEventListener("click",function(e){var b=e.target&&e.target.closest&&e.target.closest("[data-theme-toggle]");if(!b)return;
var n=c[(c.indexOf(d.getAttribute("data-theme-choice")||"system")+1)%c.length];apply(n);try{localStorage.setItem(k,n)}catch(e){}});})()`
