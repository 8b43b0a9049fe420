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

export type Gql = ReturnType<typeof graphqlAs>;

export const USER_ERROR_FIELDS = 'userErrors { code message messageVi field }';

/** The data of a response that must have no top-level error. */
export function dataOf<T = Record<string, any>>(res: GraphQLResponse<T>): T {
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

/** The payload of a mutation that must succeed (no error, no userErrors). */
export function okPayload(res: GraphQLResponse, field: string): Record<string, any> {
  const payload = dataOf(res)[field];
  if (payload.userErrors.length) throw new Error(`${field} refused: ${JSON.stringify(payload.userErrors)}`);
  return payload;
}
