// An OpenID Connect provider for tests (npm oidc-provider): one confidential client, users from OIDC_USERS, and
// Cognito's claim names (cognito:groups, custom:employee_id) in the ID token. Its development login page accepts
// any password for a listed user (log in with its sub). Usage: PORT=… OIDC_CLIENT='{"client_id":…}' OIDC_USERS='[{"sub":…}]' node oidc-server.mjs
import Provider from 'oidc-provider';

const port = Number(process.env.PORT);
const users = JSON.parse(process.env.OIDC_USERS);
const client = JSON.parse(process.env.OIDC_CLIENT);

const provider = new Provider(`http://localhost:${port}`, {
  clients: [{ response_types: ['code'], grant_types: ['authorization_code'], token_endpoint_auth_method: 'client_secret_basic', ...client }],
  pkce: { required: () => true },
  claims: { openid: ['sub', 'cognito:groups', 'custom:employee_id'], email: ['email', 'email_verified'], profile: ['name'] },
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
  async findAccount(_, id) {
    const user = users.find((u) => u.sub === id);
    return user && { accountId: user.sub, claims: async () => ({ ...user }) };
  },
});
for (const event of ['server_error', 'authorization.error', 'grant.error', 'end_session.error']) {
  provider.on(event, (_, error) => console.error(event, error?.name, error?.message, error?.error_description ?? ''));
}
provider.proxy = false;
provider.listen(port, 'localhost');
