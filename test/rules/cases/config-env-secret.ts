import { CONFIG } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

const PATH = `"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"`;
const env = (entry: string) => edit(CONFIG, PATH, `${PATH},\n      ${entry}`);
const message = (key: string) => `Env sets ${key}, which names a secret; its value is readable by anyone who can pull the image`;

export default {
  valid: [
    { name: "only PATH", doc: CONFIG },
    { name: "GPG_KEY of a base image", doc: env(`"GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305"`) },
    { name: "a key URL", doc: env(`"SIGNING_KEY_URL=https://example.com/key.asc"`) },
    { name: "a key file", doc: env(`"TLS_PRIVATE_KEY_FILE=/run/secrets/tls.key"`) },
    { name: "a token file", doc: env(`"VAULT_TOKEN_FILE=/run/secrets/vault"`) },
    { name: "a password file", doc: env(`"POSTGRES_PASSWORD_FILE=/run/secrets/db"`) },
    { name: "a keyring", doc: env(`"APT_KEYRING=/usr/share/keyrings/example.gpg"`) },
    { name: "a public key", doc: env(`"JWT_PUBLIC_KEY=MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE"`) },
    { name: "an empty value", doc: env(`"DB_PASSWORD="`) },
    { name: "an unexpanded reference", doc: env(`"NPM_TOKEN=\${NPM_TOKEN}"`) },
    { name: "a word that only contains a secret word", doc: env(`"TOKENIZERS_PARALLELISM=false"`) },
    { name: "a setting about passwords", doc: env(`"PASSWORD_MIN_LENGTH=12"`) },
    { name: "an access key id", doc: env(`"AWS_ACCESS_KEY_ID=AKIAEXAMPLE"`) },
  ],
  invalid: [
    { name: "a password", doc: env(`▶"DB_PASSWORD=hunter2"`), pointer: "/config/Env/1", message: message("DB_PASSWORD") },
    { name: "passwd", doc: env(`▶"ROOT_PASSWD=hunter2"`), pointer: "/config/Env/1", message: message("ROOT_PASSWD") },
    { name: "a token", doc: env(`▶"GITHUB_TOKEN=ghp_example"`), pointer: "/config/Env/1", message: message("GITHUB_TOKEN") },
    { name: "an API key", doc: env(`▶"STRIPE_API_KEY=sk_live_example"`), pointer: "/config/Env/1", message: message("STRIPE_API_KEY") },
    { name: "an APIKEY", doc: env(`▶"SENDGRID_APIKEY=SG.example"`), pointer: "/config/Env/1", message: message("SENDGRID_APIKEY") },
    { name: "an AWS secret", doc: env(`▶"AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG"`), pointer: "/config/Env/1", message: message("AWS_SECRET_ACCESS_KEY") },
    { name: "an access key", doc: env(`▶"MINIO_ACCESS_KEY=minioadmin"`), pointer: "/config/Env/1", message: message("MINIO_ACCESS_KEY") },
    { name: "a private key", doc: env(`▶"JWT_PRIVATE_KEY=MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"`), pointer: "/config/Env/1", message: message("JWT_PRIVATE_KEY") },
    { name: "credentials", doc: env(`▶"GOOGLE_CREDENTIALS={}"`), pointer: "/config/Env/1", message: message("GOOGLE_CREDENTIALS") },
    { name: "a camelCase key", doc: env(`▶"dbPassword=hunter2"`), pointer: "/config/Env/1", message: message("dbPassword") },
    { name: "docker config", kind: "docker-config", doc: env(`▶"SECRET_KEY_BASE=0123456789abcdef"`), pointer: "/config/Env/1", message: message("SECRET_KEY_BASE") },
  ],
} satisfies RuleCases;
