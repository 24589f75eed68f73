// The workbench's JSON API (/api/...). Errors come back as {error}: shown to the analyst as they are.

export async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') query.set(k, v);
  const url = '/api/' + path + (query.toString() ? '?' + query : '');
  const response = await fetch(url, {headers: {Accept: 'application/json'}});
  let body;
  try {
    body = await response.json();
  } catch (e) {
    throw new Error(`${url}: ${response.status} ${response.statusText}`);
  }
  if (!response.ok) throw new Error(body.error || `${response.status} ${response.statusText}`);
  return body;
}

export function apiUrl(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') query.set(k, v);
  return '/api/' + path + (query.toString() ? '?' + query : '');
}
