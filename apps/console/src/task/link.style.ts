/**
 * Links inside the task page in the province's blue: Ant Design's default link blue falls below 4.5:1 on the grey
 * page and the white cards (axe checks it).
 */
export const LINK_STYLE = { color: '#1f4e79' } as const;
