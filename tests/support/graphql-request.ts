/** A plain GraphQL POST, for tests that check raw responses (errors, codes) rather than SDK results. */
export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; messageVi?: string } }[];
}

export function graphqlAs(url: string, token: string | null) {
  return async <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };
}
