/**
 * Links outside Ant Design's components (which keep the browser's colours) in the province's blue, underlined: Ant Design's default link blue falls below 4.5:1 on
 * the grey page and the white cards, and a link inside text must not be told apart by colour alone (axe checks both).
 */
export const LINK_STYLE = { color: '#1f4e79', textDecoration: 'underline' } as const;
