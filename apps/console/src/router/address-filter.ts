/**
 * A page's filter kept in its address: each field under a Vietnamese parameter name, so that a shared or bookmarked
 * link reads as what it shows and opens the same view. Empty fields are left out.
 */
export interface AddressFilter<F extends Record<string, string | undefined>> {
  link(filter: F): string;
  read(search: string): F;
}

export function addressFilter<F extends Record<string, string | undefined>>(
  path: string,
  params: { readonly [K in keyof F]-?: string },
): AddressFilter<F> {
  const keys = Object.keys(params) as Array<keyof F & string>;
  return {
    link(filter) {
      const query = new URLSearchParams();
      for (const key of keys) {
        const value = filter[key];
        if (value) query.set(params[key], value);
      }
      const search = query.toString();
      return search ? `${path}?${search}` : path;
    },
    read(search) {
      const query = new URLSearchParams(search);
      const filter: Record<string, string> = {};
      for (const key of keys) {
        const value = query.get(params[key]);
        if (value) filter[key] = value;
      }
      return filter as F;
    },
  };
}
