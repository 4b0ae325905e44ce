<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiVersionPage</name>
    <message>
        <source>Mimecast API version</source>
        <translation>Mimecast API version</translation>
    </message>
    <message>
        <source>Choose the API of the customer&apos;s Mimecast credentials.</source>
        <translation>Choose the API of the customer&apos;s Mimecast credentials.</translation>
    </message>
    <message>
        <source>API 2.0, recommended</source>
        <translation>API 2.0, recommended</translation>
    </message>
    <message>
        <source>API &amp;2.0 (recommended)</source>
        <translation>API &amp;2.0 (recommended)</translation>
    </message>
    <message>
        <source>About API 2.0</source>
        <translation>About API 2.0</translation>
    </message>
    <message>
        <source>A client ID and client secret of an API 2.0 application. Use this for every new setup.</source>
        <translation>A client ID and client secret of an API 2.0 application. Use this for every new setup.</translation>
    </message>
    <message>
        <source>API 1.0, legacy</source>
        <translation>API 1.0, legacy</translation>
    </message>
    <message>
        <source>API &amp;1.0 (legacy)</source>
        <translation>API &amp;1.0 (legacy)</translation>
    </message>
    <message>
        <source>About API 1.0</source>
        <translation>About API 1.0</translation>
    </message>
    <message>
        <source>An application ID, application key, access key and secret key. Mimecast stopped issuing new API 1.0 keys in mid-2025, so choose this only for an account that still has working 1.0 keys.</source>
        <translation>An application ID, application key, access key and secret key. Mimecast stopped issuing new API 1.0 keys in mid-2025, so choose this only for an account that still has working 1.0 keys.</translation>
    </message>
</context>
<context>
    <name>AppPaths</name>
    <message>
        <source>Could not create the folder %1. Check that you may write there, or choose another folder.</source>
        <translation>Could not create the folder %1. Check that you may write there, or choose another folder.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
</context>
<context>
    <name>CommandBase</name>
    <message>
        <source>Ignoring the invalid saved setting %1 of profile &quot;%2&quot;.</source>
        <translation>Ignoring the invalid saved setting %1 of profile &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>API 1.0 needs the account&apos;s region: give --region (eu, de, us, usb, uspcom, ca, za, au, jer, je) or --base-url.</source>
        <translation>API 1.0 needs the account&apos;s region: give --region (eu, de, us, usb, uspcom, ca, za, au, jer, je) or --base-url.</translation>
    </message>
    <message>
        <source>The region &quot;%1&quot; is unknown for API %2. Use one of: %3, or give --base-url.</source>
        <translation>The region &quot;%1&quot; is unknown for API %2. Use one of: %3, or give --base-url.</translation>
    </message>
    <message>
        <source>The credential &quot;%1&quot; is empty. Store the profile&apos;s credentials again.</source>
        <translation>The credential &quot;%1&quot; is empty. Store the profile&apos;s credentials again.</translation>
    </message>
    <message>
        <source>The API 1.0 secret key is not valid base64. Copy it again from the Mimecast administration console, without extra characters.</source>
        <translation>The API 1.0 secret key is not valid base64. Copy it again from the Mimecast administration console, without extra characters.</translation>
    </message>
    <message>
        <source>No credential &quot;%1&quot; is stored for the profile &quot;%2&quot;. Run store-credentials, or set %3.</source>
        <translation>No credential &quot;%1&quot; is stored for the profile &quot;%2&quot;. Run store-credentials, or set %3.</translation>
    </message>
    <message>
        <source>%1 is not set in the environment, so it is looked up in the keychain. %2</source>
        <translation>%1 is not set in the environment, so it is looked up in the keychain. %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Customer profile to use (default: default).</source>
        <translation>Customer profile to use (default: default).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Mimecast API version: 1 or 2.</source>
        <translation>Mimecast API version: 1 or 2.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>Region preset, such as global, uk or us for API 2.0, or eu, de, us, usb, ca, za, au for API 1.0.</source>
        <translation>Region preset, such as global, uk or us for API 2.0, or eu, de, us, usb, ca, za, au for API 1.0.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Custom API base URL (https, or http to this computer only).</source>
        <translation>Custom API base URL (https, or http to this computer only).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Log types, comma-separated: attachment, impersonation, url (default: all three).</source>
        <translation>Log types, comma-separated: attachment, impersonation, url (default: all three).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>Records per page, 1 to 500 (default: 100).</source>
        <translation>Records per page, 1 to 500 (default: 100).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>Folder for settings, state and logs instead of the platform&apos;s defaults.</source>
        <translation>Folder for settings, state and logs instead of the platform&apos;s defaults.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Language of messages: en or pt_BR (default: the system&apos;s).</source>
        <translation>Language of messages: en or pt_BR (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>Log each call and retry on standard error.</source>
        <translation>Log each call and retry on standard error.</translation>
    </message>
    <message>
        <source>Start of the preview window, ISO 8601 (UTC when no offset).</source>
        <translation>Start of the preview window, ISO 8601 (UTC when no offset).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>End of the preview window, ISO 8601 (UTC when no offset).</source>
        <translation>End of the preview window, ISO 8601 (UTC when no offset).</translation>
    </message>
    <message>
        <source>Preview output: jsonl (one alert per line) or table.</source>
        <translation>Preview output: jsonl (one alert per line) or table.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Collects Mimecast threat alerts and maps them to MITRE ATT&amp;CK.</source>
        <translation>Collects Mimecast threat alerts and maps them to MITRE ATT&amp;CK.</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; of --%2 is not a valid ISO 8601 time. Use, for example, 2026-12-04T15:00:00Z.</source>
        <translation>The value &quot;%1&quot; of --%2 is not a valid ISO 8601 time. Use, for example, 2026-12-04T15:00:00Z.</translation>
    </message>
    <message>
        <source>Run with --help for the usage.</source>
        <translation>Run with --help for the usage.</translation>
    </message>
    <message>
        <source>No command given. Run with --help for the list of commands.</source>
        <translation>No command given. Run with --help for the list of commands.</translation>
    </message>
    <message>
        <source>Unexpected arguments after the command. Secrets are never accepted as arguments; set them in the environment or store them in the keychain.</source>
        <translation>Unexpected arguments after the command. Secrets are never accepted as arguments; set them in the environment or store them in the keychain.</translation>
    </message>
    <message>
        <source>The profile name &quot;%1&quot; is invalid. Use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, up to 64 characters.</source>
        <translation>The profile name &quot;%1&quot; is invalid. Use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, up to 64 characters.</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; of --api is invalid. Use 1 or 2.</source>
        <translation>The value &quot;%1&quot; of --api is invalid. Use 1 or 2.</translation>
    </message>
    <message>
        <source>--region and --base-url cannot be used together. Choose one.</source>
        <translation>--region and --base-url cannot be used together. Choose one.</translation>
    </message>
    <message>
        <source>The log type &quot;%1&quot; in --types is unknown. Use attachment, impersonation and url, separated by commas.</source>
        <translation>The log type &quot;%1&quot; in --types is unknown. Use attachment, impersonation and url, separated by commas.</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; of --page-size is invalid. Use a number from 1 to 500.</source>
        <translation>The value &quot;%1&quot; of --page-size is invalid. Use a number from 1 to 500.</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; of --lang is invalid. Use en or pt_BR.</source>
        <translation>The value &quot;%1&quot; of --lang is invalid. Use en or pt_BR.</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; of --format is invalid. Use jsonl or table.</source>
        <translation>The value &quot;%1&quot; of --format is invalid. Use jsonl or table.</translation>
    </message>
    <message>
        <source>preview needs --from and --to, for example --from 2026-12-01T00:00:00Z --to 2026-12-02T00:00:00Z.</source>
        <translation>preview needs --from and --to, for example --from 2026-12-01T00:00:00Z --to 2026-12-02T00:00:00Z.</translation>
    </message>
    <message>
        <source>--from (%1) must be earlier than --to (%2).</source>
        <translation>--from (%1) must be earlier than --to (%2).</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Print the version and exit.</translation>
    </message>
    <message>
        <source>With sync: run one poll and its deliveries, then exit.</source>
        <translation>With sync: run one poll and its deliveries, then exit.</translation>
    </message>
    <message>
        <source>Where sync delivers alerts: sophos-case (default), https or jsonl.</source>
        <translation>Where sync delivers alerts: sophos-case (default), https or jsonl.</translation>
    </message>
    <message>
        <source>Sophos Central API URL (default https://api.central.sophos.com).</source>
        <translation>Sophos Central API URL (default https://api.central.sophos.com).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>HTTPS ingest URL for --destination https.</source>
        <translation>HTTPS ingest URL for --destination https.</translation>
    </message>
    <message>
        <source>JSON Lines file for --destination jsonl.</source>
        <translation>JSON Lines file for --destination jsonl.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) to trust, for example a TLS-inspecting proxy&apos;s.</source>
        <translation>Extra CA certificates (PEM) to trust, for example a TLS-inspecting proxy&apos;s.</translation>
    </message>
    <message>
        <source>--once is only valid with sync.</source>
        <translation>--once is only valid with sync.</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; of --destination is invalid. Use sophos-case, https or jsonl.</source>
        <translation>The value &quot;%1&quot; of --destination is invalid. Use sophos-case, https or jsonl.</translation>
    </message>
    <message>
        <source>Commands:
  check               Test the credentials and each log type&apos;s permission.
  preview             Print the alerts of a time window (--from, --to).
  sync                Collect new alerts and deliver them every poll interval
                      until stopped, or once with --once.
  status              Print the profile&apos;s checkpoints and outbox counts.
  store-credentials   Test and store credentials read from the environment or
                      standard input (NAME=value lines) in the keychain.
  forget-credentials  Remove the profile&apos;s credentials from the keychain.

Credentials are read from MIMECAST_CLIENT_ID and MIMECAST_CLIENT_SECRET (API 2.0)
or MIMECAST_APP_ID, MIMECAST_APP_KEY, MIMECAST_ACCESS_KEY and MIMECAST_SECRET_KEY
(API 1.0), and SOPHOS_CLIENT_ID, SOPHOS_CLIENT_SECRET and INGEST_KEY for the
destinations, when set; otherwise from the keychain. They are never accepted as
arguments.

Exit status: 0 success, 1 network or server failure, 2 usage error,
3 authentication or permission failure, 4 invalid response, 5 keychain
unavailable.
</source>
        <translation>Commands:
  check               Test the credentials and each log type&apos;s permission.
  preview             Print the alerts of a time window (--from, --to).
  sync                Collect new alerts and deliver them every poll interval
                      until stopped, or once with --once.
  status              Print the profile&apos;s checkpoints and outbox counts.
  store-credentials   Test and store credentials read from the environment or
                      standard input (NAME=value lines) in the keychain.
  forget-credentials  Remove the profile&apos;s credentials from the keychain.

Credentials are read from MIMECAST_CLIENT_ID and MIMECAST_CLIENT_SECRET (API 2.0)
or MIMECAST_APP_ID, MIMECAST_APP_KEY, MIMECAST_ACCESS_KEY and MIMECAST_SECRET_KEY
(API 1.0), and SOPHOS_CLIENT_ID, SOPHOS_CLIENT_SECRET and INGEST_KEY for the
destinations, when set; otherwise from the keychain. They are never accepted as
arguments.

Exit status: 0 success, 1 network or server failure, 2 usage error,
3 authentication or permission failure, 4 invalid response, 5 keychain
unavailable.
</translation>
    </message>
    <message>
        <source>Sophos identity URL (default https://id.sophos.com).</source>
        <translation>Sophos identity URL (default https://id.sophos.com).</translation>
    </message>
    <message>
        <source>Sophos Central tenant ID, needed for partner and organization accounts.</source>
        <translation>Sophos Central tenant ID, needed for partner and organization accounts.</translation>
    </message>
    <message>
        <source>check, preview, sync, status, store-credentials or forget-credentials.</source>
        <translation>check, preview, sync, status, store-credentials or forget-credentials.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Use check, preview, sync, status, store-credentials or forget-credentials.</source>
        <translation>Unknown command &quot;%1&quot;. Use check, preview, sync, status, store-credentials or forget-credentials.</translation>
    </message>
    <message>
        <source>With sync: return the deliveries parked as failed to the queue before the first poll.</source>
        <translation>With sync: return the deliveries parked as failed to the queue before the first poll.</translation>
    </message>
    <message>
        <source>--retry-failed is only valid with sync.</source>
        <translation>--retry-failed is only valid with sync.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>command</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>The client ID and client secret were accepted.</source>
        <translation>The client ID and client secret were accepted.</translation>
    </message>
    <message>
        <source>The signature was accepted for the account &quot;%1&quot;.</source>
        <translation>The signature was accepted for the account &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The %1 | Read permission is granted.</source>
        <translation>The %1 | Read permission is granted.</translation>
    </message>
</context>
<context>
    <name>ConnectionFields</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Custom URL</translation>
    </message>
    <message>
        <source>Enter the base URL, such as https://api.services.mimecast.com, or choose a region.</source>
        <translation>Enter the base URL, such as https://api.services.mimecast.com, or choose a region.</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPage</name>
    <message>
        <source>Test the Mimecast connection</source>
        <translation>Test the Mimecast connection</translation>
    </message>
    <message>
        <source>Checks the credentials and the read permission of each log type.</source>
        <translation>Checks the credentials and the read permission of each log type.</translation>
    </message>
    <message>
        <source>The credentials are checked first, then one small call per log type proves that the API application may read it. A log type that fails can be turned off here; the credential check must pass.</source>
        <translation>The credentials are checked first, then one small call per log type proves that the API application may read it. A log type that fails can be turned off here; the credential check must pass.</translation>
    </message>
    <message>
        <source>About the connection test</source>
        <translation>About the connection test</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Connection test progress</source>
        <translation>Connection test progress</translation>
    </message>
    <message>
        <source>Cancel the connection test</source>
        <translation>Cancel the connection test</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Run the tests again</source>
        <translation>Run the tests again</translation>
    </message>
    <message>
        <source>&amp;Run the tests again</source>
        <translation>&amp;Run the tests again</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Connection test result</translation>
    </message>
</context>
<context>
    <name>ConnectionV1Page</name>
    <message>
        <source>Mimecast connection (API 1.0)</source>
        <translation>Mimecast connection (API 1.0)</translation>
    </message>
    <message>
        <source>Enter the API 1.0 application&apos;s keys and the account&apos;s region.</source>
        <translation>Enter the API 1.0 application&apos;s keys and the account&apos;s region.</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Base &amp;URL:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <source>Application &amp;ID:</source>
        <translation>Application &amp;ID:</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>Application ID</translation>
    </message>
    <message>
        <source>Application &amp;key:</source>
        <translation>Application &amp;key:</translation>
    </message>
    <message>
        <source>Application key</source>
        <translation>Application key</translation>
    </message>
    <message>
        <source>Show the application key</source>
        <translation>Show the application key</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>&amp;Access key:</source>
        <translation>&amp;Access key:</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Access key</translation>
    </message>
    <message>
        <source>Show the access key</source>
        <translation>Show the access key</translation>
    </message>
    <message>
        <source>Secre&amp;t key:</source>
        <translation>Secre&amp;t key:</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Secret key</translation>
    </message>
    <message>
        <source>Show the secret key</source>
        <translation>Show the secret key</translation>
    </message>
    <message>
        <source>Detect region</source>
        <translation>Detect region</translation>
    </message>
    <message>
        <source>Mimecast can tell the account&apos;s region from an administrator&apos;s e-mail address.</source>
        <translation>Mimecast can tell the account&apos;s region from an administrator&apos;s e-mail address.</translation>
    </message>
    <message>
        <source>About region detection</source>
        <translation>About region detection</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-mail address:</translation>
    </message>
    <message>
        <source>Administrator e-mail address</source>
        <translation>Administrator e-mail address</translation>
    </message>
    <message>
        <source>&amp;Detect region</source>
        <translation>&amp;Detect region</translation>
    </message>
    <message>
        <source>Region detection progress</source>
        <translation>Region detection progress</translation>
    </message>
    <message>
        <source>Cancel region detection</source>
        <translation>Cancel region detection</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Region detection result</source>
        <translation>Region detection result</translation>
    </message>
    <message>
        <source>Where to find these</source>
        <translation>Where to find these</translation>
    </message>
    <message>
        <source>In the Mimecast Administration console, go to Services → API and Platform Integrations and open the API 1.0 application: it shows the application ID and application key. The access key and secret key are created there for the service user the application signs in as. Copy the secret key exactly; it is base64 text.</source>
        <translation>In the Mimecast Administration console, go to Services → API and Platform Integrations and open the API 1.0 application: it shows the application ID and application key. The access key and secret key are created there for the service user the application signs in as. Copy the secret key exactly; it is base64 text.</translation>
    </message>
</context>
<context>
    <name>ConnectionV2Page</name>
    <message>
        <source>Mimecast connection (API 2.0)</source>
        <translation>Mimecast connection (API 2.0)</translation>
    </message>
    <message>
        <source>Enter the API 2.0 application&apos;s credentials and the account&apos;s region.</source>
        <translation>Enter the API 2.0 application&apos;s credentials and the account&apos;s region.</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Base &amp;URL:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client &amp;secret:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Show the client secret</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Where to find these</source>
        <translation>Where to find these</translation>
    </message>
    <message>
        <source>In the Mimecast Administration console, go to Services → API and Platform Integrations and open the API 2.0 application of this integration (or add one). Its client ID and client secret are shown there; Mimecast shows a new client secret only once, when it is generated.</source>
        <translation>In the Mimecast Administration console, go to Services → API and Platform Integrations and open the API 2.0 application of this integration (or add one). Its client ID and client secret are shown there; Mimecast shows a new client secret only once, when it is generated.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Writing the CSV file failed: %1</source>
        <translation>Writing the CSV file failed: %1</translation>
    </message>
    <message>
        <source>The CSV file is not open for writing.</source>
        <translation>The CSV file is not open for writing.</translation>
    </message>
</context>
<context>
    <name>DemoServices</name>
    <message>
        <source>The demo data could not be loaded: %1</source>
        <translation>The demo data could not be loaded: %1</translation>
    </message>
    <message>
        <source>The demo services could not listen on 127.0.0.1: %1</source>
        <translation>The demo services could not listen on 127.0.0.1: %1</translation>
    </message>
</context>
<context>
    <name>DesktopRemedy</name>
    <message>
        <source>Mimecast Bridge keeps credentials in the Secret Service, which GNOME Keyring provides on this desktop. Install the packages gnome-keyring and libsecret-1-0, log out and log in again, and unlock the login keyring when asked (the Passwords and Keys application can also unlock it). Then restart Mimecast Bridge, because the keychain backend is chosen once at start-up.</source>
        <translation>Mimecast Bridge keeps credentials in the Secret Service, which GNOME Keyring provides on this desktop. Install the packages gnome-keyring and libsecret-1-0, log out and log in again, and unlock the login keyring when asked (the Passwords and Keys application can also unlock it). Then restart Mimecast Bridge, because the keychain backend is chosen once at start-up.</translation>
    </message>
    <message>
        <source>Mimecast Bridge keeps credentials in KWallet or in another Secret Service provider. In System Settings, open KDE Wallet, enable the KDE wallet subsystem and make sure a wallet exists and is open. Alternatively, install a Secret Service provider such as gnome-keyring. Then restart Mimecast Bridge, because the keychain backend is chosen once at start-up.</source>
        <translation>Mimecast Bridge keeps credentials in KWallet or in another Secret Service provider. In System Settings, open KDE Wallet, enable the KDE wallet subsystem and make sure a wallet exists and is open. Alternatively, install a Secret Service provider such as gnome-keyring. Then restart Mimecast Bridge, because the keychain backend is chosen once at start-up.</translation>
    </message>
    <message>
        <source>Mimecast Bridge keeps credentials in Windows Credential Manager. Sign in with your own user account and check that your organization&apos;s policy allows saving credentials in Credential Manager. Then try again.</source>
        <translation>Mimecast Bridge keeps credentials in Windows Credential Manager. Sign in with your own user account and check that your organization&apos;s policy allows saving credentials in Credential Manager. Then try again.</translation>
    </message>
    <message>
        <source>Mimecast Bridge keeps credentials in the macOS Keychain. Open Keychain Access, unlock the login keychain, and choose Allow when Mimecast Bridge asks for access. Then try again.</source>
        <translation>Mimecast Bridge keeps credentials in the macOS Keychain. Open Keychain Access, unlock the login keychain, and choose Allow when Mimecast Bridge asks for access. Then try again.</translation>
    </message>
    <message>
        <source>No known desktop was detected, so no Secret Service provider may be running. On a desktop, install gnome-keyring or enable KWallet, then log out and log in again. On a server, over SSH or in a container, start GNOME Keyring in a D-Bus session and run Mimecast Bridge in that session:
%1</source>
        <extracomment>%1 is a block of shell commands; keep it unchanged.</extracomment>
        <translation>No known desktop was detected, so no Secret Service provider may be running. On a desktop, install gnome-keyring or enable KWallet, then log out and log in again. On a server, over SSH or in a container, start GNOME Keyring in a D-Bus session and run Mimecast Bridge in that session:
%1</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Choose where the bridge delivers the alerts.</source>
        <translation>Choose where the bridge delivers the alerts.</translation>
    </message>
    <message>
        <source>Sophos &amp;Central case, one per alert</source>
        <translation>Sophos &amp;Central case, one per alert</translation>
    </message>
    <message>
        <source>Sophos Central case</source>
        <translation>Sophos Central case</translation>
    </message>
    <message>
        <source>&amp;HTTPS ingest, batches of alerts to a collector URL</source>
        <translation>&amp;HTTPS ingest, batches of alerts to a collector URL</translation>
    </message>
    <message>
        <source>HTTPS ingest</source>
        <translation>HTTPS ingest</translation>
    </message>
    <message>
        <source>&amp;JSON Lines file, one alert per line</source>
        <translation>&amp;JSON Lines file, one alert per line</translation>
    </message>
    <message>
        <source>JSON Lines file</source>
        <translation>JSON Lines file</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID:</translation>
    </message>
    <message>
        <source>Sophos Central client ID</source>
        <translation>Sophos Central client ID</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client &amp;secret:</translation>
    </message>
    <message>
        <source>Sophos Central client secret</source>
        <translation>Sophos Central client secret</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Sho&amp;w</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Show the client secret</translation>
    </message>
    <message>
        <source>&amp;Advanced: identity and API URLs</source>
        <translation>&amp;Advanced: identity and API URLs</translation>
    </message>
    <message>
        <source>Show the identity and API URLs</source>
        <translation>Show the identity and API URLs</translation>
    </message>
    <message>
        <source>I&amp;dentity URL:</source>
        <translation>I&amp;dentity URL:</translation>
    </message>
    <message>
        <source>Sophos Central identity URL</source>
        <translation>Sophos Central identity URL</translation>
    </message>
    <message>
        <source>API U&amp;RL:</source>
        <translation>API U&amp;RL:</translation>
    </message>
    <message>
        <source>Sophos Central API URL</source>
        <translation>Sophos Central API URL</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <source>Test the Sophos Central credentials</source>
        <translation>Test the Sophos Central credentials</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>&amp;Cancel test</translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation>Cancel the test</translation>
    </message>
    <message>
        <source>Test progress</source>
        <translation>Test progress</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Test result</translation>
    </message>
    <message>
        <source>Filter tenants</source>
        <translation>Filter tenants</translation>
    </message>
    <message>
        <source>Name, ID or data region</source>
        <translation>Name, ID or data region</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Tenants</translation>
    </message>
    <message>
        <source>Ingest &amp;URL:</source>
        <translation>Ingest &amp;URL:</translation>
    </message>
    <message>
        <source>Ingest URL</source>
        <translation>Ingest URL</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>Ingest &amp;key:</source>
        <translation>Ingest &amp;key:</translation>
    </message>
    <message>
        <source>Ingest key</source>
        <translation>Ingest key</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>Sh&amp;ow</translation>
    </message>
    <message>
        <source>Show the ingest key</source>
        <translation>Show the ingest key</translation>
    </message>
    <message>
        <source>Ingest settings problem</source>
        <translation>Ingest settings problem</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the JSON Lines file</source>
        <translation>Choose the JSON Lines file</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>File problem</translation>
    </message>
    <message>
        <source>&amp;Find tenant:</source>
        <translation>&amp;Find tenant:</translation>
    </message>
</context>
<context>
    <name>DestinationSetup</name>
    <message>
        <source>The jsonl destination needs --output-file.</source>
        <translation>The jsonl destination needs --output-file.</translation>
    </message>
    <message>
        <source>The https destination needs --ingest-url.</source>
        <translation>The https destination needs --ingest-url.</translation>
    </message>
    <message>
        <source>The tenant &quot;%1&quot; is not managed by this Sophos Central %2 account. Choose one of: %3.</source>
        <translation>The tenant &quot;%1&quot; is not managed by this Sophos Central %2 account. Choose one of: %3.</translation>
    </message>
    <message>
        <source>This Sophos Central %1 account manages several tenants. Choose the customer&apos;s tenant on the setup wizard&apos;s destination page or with --sophos-tenant: %2.</source>
        <translation>This Sophos Central %1 account manages several tenants. Choose the customer&apos;s tenant on the setup wizard&apos;s destination page or with --sophos-tenant: %2.</translation>
    </message>
</context>
<context>
    <name>ForgetCredentials</name>
    <message numerus="yes">
        <source>Removed %n credential(s) of profile &quot;%1&quot; from the keychain.</source>
        <translation>
            <numerusform>Removed %n credential of profile &quot;%1&quot; from the keychain.</numerusform>
            <numerusform>Removed %n credentials of profile &quot;%1&quot; from the keychain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpsIngestSink</name>
    <message>
        <source>Check the ingest key in the destination settings; the alerts are kept as failed and can be retried.</source>
        <translation>Check the ingest key in the destination settings; the alerts are kept as failed and can be retried.</translation>
    </message>
    <message>
        <source>Check the ingest URL in the destination settings; the alerts are kept as failed and can be retried.</source>
        <translation>Check the ingest URL in the destination settings; the alerts are kept as failed and can be retried.</translation>
    </message>
    <message>
        <source>The destination limits the request rate; the alerts are sent again after the wait it asked for.</source>
        <translation>The destination limits the request rate; the alerts are sent again after the wait it asked for.</translation>
    </message>
    <message>
        <source>The alerts are sent again with increasing delays.</source>
        <translation>The alerts are sent again with increasing delays.</translation>
    </message>
    <message>
        <source>The destination did not accept the content; the alerts are kept as failed and can be retried once the cause is fixed.</source>
        <translation>The destination did not accept the content; the alerts are kept as failed and can be retried once the cause is fixed.</translation>
    </message>
    <message>
        <source>The request limits of the HTTPS ingest destination must allow at least one alert and a non-empty body.</source>
        <translation>The request limits of the HTTPS ingest destination must allow at least one alert and a non-empty body.</translation>
    </message>
    <message>
        <source>The HTTPS ingest destination is busy; the alerts are sent again later.</source>
        <translation>The HTTPS ingest destination is busy; the alerts are sent again later.</translation>
    </message>
    <message>
        <source>Sending was cancelled; the alerts are sent again later.</source>
        <translation>Sending was cancelled; the alerts are sent again later.</translation>
    </message>
    <message>
        <source>The alert is too large for the destination: %1 bytes of JSON, more than the limit of %2 bytes per request. It was not sent.</source>
        <translation>The alert is too large for the destination: %1 bytes of JSON, more than the limit of %2 bytes per request. It was not sent.</translation>
    </message>
    <message>
        <source>The alert is too large for the destination: %1%2 rejected it alone with HTTP 413 (%3 bytes). It is kept as failed; the other alerts are not affected.</source>
        <translation>The alert is too large for the destination: %1%2 rejected it alone with HTTP 413 (%3 bytes). It is kept as failed; the other alerts are not affected.</translation>
    </message>
    <message>
        <source> The destination reported &quot;%1&quot;.</source>
        <translation> The destination reported &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The ingest endpoint %1%2 rejected %n alert(s) with HTTP %3.%4 %5</source>
        <translation>
            <numerusform>The ingest endpoint %1%2 rejected %n alert with HTTP %3.%4 %5</numerusform>
            <numerusform>The ingest endpoint %1%2 rejected %n alerts with HTTP %3.%4 %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonLinesSink</name>
    <message>
        <source>Cannot write alerts to &quot;%1&quot;: the folder &quot;%2&quot; does not exist. Create the folder or choose another file in the destination settings.</source>
        <translation>Cannot write alerts to &quot;%1&quot;: the folder &quot;%2&quot; does not exist. Create the folder or choose another file in the destination settings.</translation>
    </message>
    <message>
        <source>Writing alerts to &quot;%1&quot; failed: %2. Check the free disk space and the file&apos;s permissions; the alerts are written again later.</source>
        <translation>Writing alerts to &quot;%1&quot; failed: %2. Check the free disk space and the file&apos;s permissions; the alerts are written again later.</translation>
    </message>
</context>
<context>
    <name>LogFile</name>
    <message>
        <source>The log file %1 cannot be opened: %2</source>
        <translation>The log file %1 cannot be opened: %2</translation>
    </message>
</context>
<context>
    <name>MimecastAuth</name>
    <message>
        <source>The token request to %1 timed out after %2 seconds. Check the network connection and the base URL.</source>
        <translation>The token request to %1 timed out after %2 seconds. Check the network connection and the base URL.</translation>
    </message>
    <message>
        <source>Mimecast rejected the client ID or client secret (%1). Check the API 2.0 application&apos;s credentials in the Mimecast administration console.</source>
        <translation>Mimecast rejected the client ID or client secret (%1). Check the API 2.0 application&apos;s credentials in the Mimecast administration console.</translation>
    </message>
    <message>
        <source>Invalid response from Mimecast for /oauth/token: HTTP 200 without an access token. Check the base URL and any proxy between this computer and Mimecast.</source>
        <translation>Invalid response from Mimecast for /oauth/token: HTTP 200 without an access token. Check the base URL and any proxy between this computer and Mimecast.</translation>
    </message>
    <message>
        <source>The token request was cancelled.</source>
        <translation>The token request was cancelled.</translation>
    </message>
</context>
<context>
    <name>MimecastClient</name>
    <message>
        <source>The call was cancelled.</source>
        <translation>The call was cancelled.</translation>
    </message>
    <message>
        <source>The call to %1%2 timed out after %3 seconds. Check the network connection, any proxy and the base URL; the background worker retries such calls with increasing delays.</source>
        <translation>The call to %1%2 timed out after %3 seconds. Check the network connection, any proxy and the base URL; the background worker retries such calls with increasing delays.</translation>
    </message>
</context>
<context>
    <name>MimecastResponse</name>
    <message>
        <source>Invalid response from Mimecast for %1: HTTP %2, content type &quot;%3&quot;, starting with &quot;%4&quot;. The call is retried later; if this persists, check the base URL and any proxy between this computer and Mimecast.</source>
        <translation>Invalid response from Mimecast for %1: HTTP %2, content type &quot;%3&quot;, starting with &quot;%4&quot;. The call is retried later; if this persists, check the base URL and any proxy between this computer and Mimecast.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock differs from Mimecast&apos;s by %n minute(s); correct the system clock.</source>
        <translation>
            <numerusform>This computer&apos;s clock differs from Mimecast&apos;s by %n minute; correct the system clock.</numerusform>
            <numerusform>This computer&apos;s clock differs from Mimecast&apos;s by %n minutes; correct the system clock.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mimecast rejected the request signature (%1). Check the application ID, application key, access key and secret key.</source>
        <translation>Mimecast rejected the request signature (%1). Check the application ID, application key, access key and secret key.</translation>
    </message>
    <message>
        <source>Mimecast rejected the client ID or client secret (%1). Check the API 2.0 application&apos;s credentials in the Mimecast administration console.</source>
        <translation>Mimecast rejected the client ID or client secret (%1). Check the API 2.0 application&apos;s credentials in the Mimecast administration console.</translation>
    </message>
    <message>
        <source>The API application lacks the %1 | Read permission (%2). Grant it to the application&apos;s role in Mimecast, or turn this log type off.</source>
        <translation>The API application lacks the %1 | Read permission (%2). Grant it to the application&apos;s role in Mimecast, or turn this log type off.</translation>
    </message>
    <message>
        <source>Endpoint %1 not found (%2). Check the region or base URL.</source>
        <translation>Endpoint %1 not found (%2). Check the region or base URL.</translation>
    </message>
    <message>
        <source>The API 1.0 access key binding has expired (%1). Create new access and secret keys for the service user and enter them again.</source>
        <translation>The API 1.0 access key binding has expired (%1). Create new access and secret keys for the service user and enter them again.</translation>
    </message>
    <message>
        <source>Mimecast&apos;s rate limit was reached (%1).</source>
        <translation>Mimecast&apos;s rate limit was reached (%1).</translation>
    </message>
    <message>
        <source>Mimecast returned a server error (%1). The call is retried with increasing delays.</source>
        <translation>Mimecast returned a server error (%1). The call is retried with increasing delays.</translation>
    </message>
    <message>
        <source>Mimecast rejected the request to %1 (%2).</source>
        <translation>Mimecast rejected the request to %1 (%2).</translation>
    </message>
    <message>
        <source>Mimecast reported an error for %1: %2. The call is retried later.</source>
        <translation>Mimecast reported an error for %1: %2. The call is retried later.</translation>
    </message>
    <message>
        <source>Mimecast reported an error for %1: %2. Correct the request or the account settings; it is not retried automatically.</source>
        <translation>Mimecast reported an error for %1: %2. Correct the request or the account settings; it is not retried automatically.</translation>
    </message>
</context>
<context>
    <name>NetworkSettings</name>
    <message>
        <source>(unknown proxy)</source>
        <translation>(unknown proxy)</translation>
    </message>
    <message>
        <source>The CA bundle file %1 does not exist. Choose the PEM file with the CA certificate of the proxy that inspects TLS traffic.</source>
        <translation>The CA bundle file %1 does not exist. Choose the PEM file with the CA certificate of the proxy that inspects TLS traffic.</translation>
    </message>
    <message>
        <source>The CA bundle file %1 cannot be read: %2. Check the file permissions.</source>
        <translation>The CA bundle file %1 cannot be read: %2. Check the file permissions.</translation>
    </message>
    <message>
        <source>The CA bundle file %1 contains no PEM certificate. Export the CA certificate in PEM format, the text that starts with &quot;-----BEGIN CERTIFICATE-----&quot;.</source>
        <translation>The CA bundle file %1 contains no PEM certificate. Export the CA certificate in PEM format, the text that starts with &quot;-----BEGIN CERTIFICATE-----&quot;.</translation>
    </message>
    <message>
        <source>The certificate of %1, issued by &quot;%2&quot;, is not trusted: %3. If a proxy inspects TLS traffic, add its CA certificate with the CA bundle setting.</source>
        <translation>The certificate of %1, issued by &quot;%2&quot;, is not trusted: %3. If a proxy inspects TLS traffic, add its CA certificate with the CA bundle setting.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2. If a proxy inspects TLS traffic, add its CA certificate with the CA bundle setting.</source>
        <translation>The certificate of %1 is not trusted: %2. If a proxy inspects TLS traffic, add its CA certificate with the CA bundle setting.</translation>
    </message>
    <message>
        <source>The certificate chain of %1 contains a CA certificate that is not valid for this purpose: %2. If a proxy inspects TLS traffic, ask its administrator for a CA certificate marked as a CA for server certificates.</source>
        <translation>The certificate chain of %1 contains a CA certificate that is not valid for this purpose: %2. If a proxy inspects TLS traffic, ask its administrator for a CA certificate marked as a CA for server certificates.</translation>
    </message>
    <message>
        <source>The certificate of %1 is outside its validity period: %2. Check the date and time of this computer.</source>
        <translation>The certificate of %1 is outside its validity period: %2. Check the date and time of this computer.</translation>
    </message>
    <message>
        <source>The certificate of %1 is issued for another host name: %2. Check the base URL.</source>
        <translation>The certificate of %1 is issued for another host name: %2. Check the base URL.</translation>
    </message>
    <message>
        <source>The certificate of %1 was rejected: %2. The connection is not made while the certificate check fails.</source>
        <translation>The certificate of %1 was rejected: %2. The connection is not made while the certificate check fails.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. If a proxy inspects TLS traffic, add its CA certificate with the CA bundle setting.</source>
        <translation>The secure connection to %1 failed: %2. If a proxy inspects TLS traffic, add its CA certificate with the CA bundle setting.</translation>
    </message>
    <message>
        <source>The proxy %1 rejected the credentials (HTTP 407) of user %2. Correct the proxy user name and password in the network settings.</source>
        <translation>The proxy %1 rejected the credentials (HTTP 407) of user %2. Correct the proxy user name and password in the network settings.</translation>
    </message>
    <message>
        <source>The proxy %1 requires authentication (HTTP 407), but no proxy credentials are configured. Configure the proxy user name and password in the network settings.</source>
        <translation>The proxy %1 requires authentication (HTTP 407), but no proxy credentials are configured. Configure the proxy user name and password in the network settings.</translation>
    </message>
    <message>
        <source>The connection to %1 through the proxy %2 failed: %3. Check the proxy settings.</source>
        <translation>The connection to %1 through the proxy %2 failed: %3. Check the proxy settings.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2. Check the network connection, the proxy settings and the base URL.</source>
        <translation>The connection to %1 failed: %2. Check the network connection, the proxy settings and the base URL.</translation>
    </message>
    <message>
        <source>The manual proxy needs a host name and a port. Enter both or choose the system proxy.</source>
        <translation>The manual proxy needs a host name and a port. Enter both or choose the system proxy.</translation>
    </message>
</context>
<context>
    <name>NetworkSetup</name>
    <message>
        <source>The manual proxy needs a host and a port. Set network/proxyHost and network/proxyPort in the profile, or use the system proxy.</source>
        <translation>The manual proxy needs a host and a port. Set network/proxyHost and network/proxyPort in the profile, or use the system proxy.</translation>
    </message>
</context>
<context>
    <name>OnboardingSession</name>
    <message>
        <source>Choose the account&apos;s region or enter its base URL.</source>
        <translation>Choose the account&apos;s region or enter its base URL.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Enter the %1.</translation>
    </message>
</context>
<context>
    <name>PreviewCommand</name>
    <message>
        <source>%1: rate limited until %2.</source>
        <translation>%1: rate limited until %2.</translation>
    </message>
    <message>
        <source>%1: %2 Retrying at %3.</source>
        <translation>%1: %2 Retrying at %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rejected %1 record: %2</source>
        <translation>Rejected %1 record: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Alert type</source>
        <translation>Alert type</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Threat</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Subject / detail</source>
        <translation>Subject / detail</translation>
    </message>
</context>
<context>
    <name>PreviewCounters</name>
    <message>
        <source>Fetched: %1 · Clean: %2 · Rejected: %3 · Alerts: %4</source>
        <extracomment>Counters of the preview. %1 to %4 are numbers already formatted for the locale.</extracomment>
        <translation>Fetched: %1 · Clean: %2 · Rejected: %3 · Alerts: %4</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview recent alerts</source>
        <translation>Preview recent alerts</translation>
    </message>
    <message>
        <source>Fetch the customer&apos;s recent threat logs to see which alerts the bridge would deliver. The preview is optional.</source>
        <translation>Fetch the customer&apos;s recent threat logs to see which alerts the bridge would deliver. The preview is optional.</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Time range</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Load alerts</source>
        <translation>Load alerts</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Load</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Stop loading</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Loading progress</translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation>Loading status</translation>
    </message>
    <message>
        <source>Record counters</source>
        <translation>Record counters</translation>
    </message>
    <message>
        <source>Loading errors</source>
        <translation>Loading errors</translation>
    </message>
    <message>
        <source>Show attachment alerts</source>
        <translation>Show attachment alerts</translation>
    </message>
    <message>
        <source>&amp;Attachment</source>
        <translation>&amp;Attachment</translation>
    </message>
    <message>
        <source>Show impersonation alerts</source>
        <translation>Show impersonation alerts</translation>
    </message>
    <message>
        <source>&amp;Impersonation</source>
        <translation>&amp;Impersonation</translation>
    </message>
    <message>
        <source>Show URL alerts</source>
        <translation>Show URL alerts</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Search alerts</source>
        <translation>Search alerts</translation>
    </message>
    <message>
        <source>Sender, recipient, subject, URL, threat ID…</source>
        <translation>Sender, recipient, subject, URL, threat ID…</translation>
    </message>
    <message>
        <source>Export the shown alerts as CSV</source>
        <translation>Export the shown alerts as CSV</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Mapping explanation</source>
        <translation>Mapping explanation</translation>
    </message>
    <message>
        <source>Select an alert to see how it was mapped and its original record.</source>
        <translation>Select an alert to see how it was mapped and its original record.</translation>
    </message>
    <message>
        <source>Original Mimecast record</source>
        <translation>Original Mimecast record</translation>
    </message>
    <message>
        <source>Time &amp;range:</source>
        <translation>Time &amp;range:</translation>
    </message>
</context>
<context>
    <name>ProfileSettings</name>
    <message>
        <source>Cannot create the folder for &quot;%1&quot;. Check the permissions of the configuration folder.</source>
        <translation>Cannot create the folder for &quot;%1&quot;. Check the permissions of the configuration folder.</translation>
    </message>
    <message>
        <source>Cannot write the profile settings &quot;%1&quot;. Check the permissions and free disk space.</source>
        <translation>Cannot write the profile settings &quot;%1&quot;. Check the permissions and free disk space.</translation>
    </message>
</context>
<context>
    <name>RecordProcessor</name>
    <message>
        <source>%1 record: alert type &quot;%2&quot;, table row &quot;%3&quot; gives %4.</source>
        <translation>%1 record: alert type &quot;%2&quot;, table row &quot;%3&quot; gives %4.</translation>
    </message>
    <message>
        <source>url record without ttpDefinition: creationMethod = &quot;%1&quot;, table row &quot;%2&quot; gives %3.</source>
        <translation>url record without ttpDefinition: creationMethod = &quot;%1&quot;, table row &quot;%2&quot; gives %3.</translation>
    </message>
    <message>
        <source>url record without ttpDefinition: creationMethod = &quot;%1&quot;, no table row, so the category default &quot;%2&quot; gives %3.</source>
        <translation>url record without ttpDefinition: creationMethod = &quot;%1&quot;, no table row, so the category default &quot;%2&quot; gives %3.</translation>
    </message>
    <message>
        <source>url record: reason = &quot;%1&quot;, table row &quot;%2&quot; gives %3.</source>
        <translation>url record: reason = &quot;%1&quot;, table row &quot;%2&quot; gives %3.</translation>
    </message>
    <message>
        <source>url record: reason = &quot;%1&quot;, no table row, so the category default &quot;%2&quot; gives %3.</source>
        <translation>url record: reason = &quot;%1&quot;, no table row, so the category default &quot;%2&quot; gives %3.</translation>
    </message>
    <message>
        <source>url record: ttpDefinition = &quot;%1&quot;, table row &quot;%2&quot; gives %3.</source>
        <translation>url record: ttpDefinition = &quot;%1&quot;, table row &quot;%2&quot; gives %3.</translation>
    </message>
    <message>
        <source>url record: ttpDefinition = &quot;%1&quot;, no table row, so the category default &quot;%2&quot; gives %3.</source>
        <translation>url record: ttpDefinition = &quot;%1&quot;, no table row, so the category default &quot;%2&quot; gives %3.</translation>
    </message>
</context>
<context>
    <name>RecordValidation</name>
    <message>
        <source>The element is not a log record of this type.</source>
        <translation>The element is not a log record of this type.</translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing or empty.</source>
        <translation>The required field &quot;%1&quot; is missing or empty.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has the wrong type.</source>
        <translation>The field &quot;%1&quot; has the wrong type.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a valid date and time.</source>
        <translation>The field &quot;%1&quot; is not a valid date and time.</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>Global (automatic fail-over)</source>
        <translation>Global (automatic fail-over)</translation>
    </message>
    <message>
        <source>United Kingdom (pinned)</source>
        <translation>United Kingdom (pinned)</translation>
    </message>
    <message>
        <source>United States (pinned)</source>
        <translation>United States (pinned)</translation>
    </message>
    <message>
        <source>Europe (excluding Germany)</source>
        <translation>Europe (excluding Germany)</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Germany</translation>
    </message>
    <message>
        <source>United States, grid A</source>
        <translation>United States, grid A</translation>
    </message>
    <message>
        <source>United States, grid B</source>
        <translation>United States, grid B</translation>
    </message>
    <message>
        <source>United States public sector</source>
        <translation>United States public sector</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>South Africa</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Offshore (jer-api host)</source>
        <translation>Offshore (jer-api host)</translation>
    </message>
    <message>
        <source>Offshore (je-api host)</source>
        <translation>Offshore (je-api host)</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain operation succeeded.</source>
        <translation>The keychain operation succeeded.</translation>
    </message>
    <message>
        <source>No credentials are stored for this profile. Store them first.</source>
        <translation>No credentials are stored for this profile. Store them first.</translation>
    </message>
    <message>
        <source>No keychain service is available. Install and start a Secret Service provider such as GNOME Keyring or KWallet, then try again.</source>
        <translation>No keychain service is available. Install and start a Secret Service provider such as GNOME Keyring or KWallet, then try again.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied or the keyring is locked. Unlock the keyring and allow access, then try again.</source>
        <translation>Access to the keychain was denied or the keyring is locked. Unlock the keyring and allow access, then try again.</translation>
    </message>
    <message>
        <source>The value is too large for the keychain. Check that the right value was pasted.</source>
        <translation>The value is too large for the keychain. Check that the right value was pasted.</translation>
    </message>
    <message>
        <source>The keychain reported an error. See the log for details.</source>
        <translation>The keychain reported an error. See the log for details.</translation>
    </message>
</context>
<context>
    <name>SophosAuth</name>
    <message>
        <source>no access token in the response</source>
        <translation>no access token in the response</translation>
    </message>
    <message>
        <source> If you contact Sophos support, quote %1.</source>
        <translation> If you contact Sophos support, quote %1.</translation>
    </message>
    <message>
        <source>Sophos Central did not issue a token: %1%2 answered HTTP %3%4. Check the client ID and client secret of the API credential in Sophos Central under Global Settings, API Credentials Management.%5</source>
        <translation>Sophos Central did not issue a token: %1%2 answered HTTP %3%4. Check the client ID and client secret of the API credential in Sophos Central under Global Settings, API Credentials Management.%5</translation>
    </message>
</context>
<context>
    <name>SophosCaseSink</name>
    <message>
        <source>The Sophos Central case destination is busy or not configured; the alert is sent again later.</source>
        <translation>The Sophos Central case destination is busy or not configured; the alert is sent again later.</translation>
    </message>
    <message>
        <source>Sending was cancelled; the alert is sent again later.</source>
        <translation>Sending was cancelled; the alert is sent again later.</translation>
    </message>
    <message>
        <source>Could not check whether a case for this alert already exists, so none was created; it is tried again later. %1</source>
        <translation>Could not check whether a case for this alert already exists, so none was created; it is tried again later. %1</translation>
    </message>
</context>
<context>
    <name>SophosCentralClient</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sophos identity URL</source>
        <translation>Sophos identity URL</translation>
    </message>
    <message>
        <source>Sophos Central API URL</source>
        <translation>Sophos Central API URL</translation>
    </message>
    <message>
        <source>id, idType or apiHosts missing or unknown</source>
        <translation>id, idType or apiHosts missing or unknown</translation>
    </message>
    <message>
        <source>the body is not a JSON object (%1)</source>
        <translation>the body is not a JSON object (%1)</translation>
    </message>
</context>
<context>
    <name>SophosError</name>
    <message>
        <source> Sophos reported &quot;%1&quot;.</source>
        <translation> Sophos reported &quot;%1&quot;.</translation>
    </message>
    <message>
        <source> If you contact Sophos support, quote %1.</source>
        <translation> If you contact Sophos support, quote %1.</translation>
    </message>
    <message>
        <source>Check the client ID and client secret of the Sophos Central API credential, and create a new credential if it was deleted or its secret was renewed.</source>
        <translation>Check the client ID and client secret of the Sophos Central API credential, and create a new credential if it was deleted or its secret was renewed.</translation>
    </message>
    <message>
        <source>Give the API credential a role that allows this call (creating cases needs a Service Principal Super Admin role) and check that the tenant ID belongs to this account.</source>
        <translation>Give the API credential a role that allows this call (creating cases needs a Service Principal Super Admin role) and check that the tenant ID belongs to this account.</translation>
    </message>
    <message>
        <source>Check the tenant ID and its API host; pick the tenant again after a tenant was moved or removed.</source>
        <translation>Check the tenant ID and its API host; pick the tenant again after a tenant was moved or removed.</translation>
    </message>
    <message>
        <source>Sophos Central limits the request rate; the call is retried after the wait it asked for.</source>
        <translation>Sophos Central limits the request rate; the call is retried after the wait it asked for.</translation>
    </message>
    <message>
        <source>This is a problem on the Sophos side; the call is retried with increasing delays.</source>
        <translation>This is a problem on the Sophos side; the call is retried with increasing delays.</translation>
    </message>
    <message>
        <source>Check the response and the API URL settings.</source>
        <translation>Check the response and the API URL settings.</translation>
    </message>
    <message>
        <source>Sophos Central rejected %1%2 with HTTP %3.%4 %5%6</source>
        <translation>Sophos Central rejected %1%2 with HTTP %3.%4 %5%6</translation>
    </message>
    <message>
        <source>Invalid response from Sophos Central for %1%2: HTTP %3, %4. The call is retried later; if this persists, check the API URL and any proxy between this computer and Sophos.</source>
        <translation>Invalid response from Sophos Central for %1%2: HTTP %3, %4. The call is retried later; if this persists, check the API URL and any proxy between this computer and Sophos.</translation>
    </message>
    <message>
        <source>The call to %1%2 timed out after %3 seconds. Check the network connection and the proxy settings; the call is retried later.</source>
        <translation>The call to %1%2 timed out after %3 seconds. Check the network connection and the proxy settings; the call is retried later.</translation>
    </message>
    <message>
        <source>The call to %1%2 was cancelled.</source>
        <translation>The call to %1%2 was cancelled.</translation>
    </message>
    <message>
        <source>The connection to %1 for %2 failed: %3. Check the network connection, the proxy settings and the URL; the call is retried later.</source>
        <translation>The connection to %1 for %2 failed: %3. Check the network connection, the proxy settings and the URL; the call is retried later.</translation>
    </message>
    <message>
        <source>Sophos did not accept the request content. Correct the cause named above; an alert that was refused is kept as failed and can be delivered again once it is fixed.</source>
        <translation>Sophos did not accept the request content. Correct the cause named above; an alert that was refused is kept as failed and can be delivered again once it is fixed.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. If a proxy inspects TLS traffic, add its CA certificate with the CA bundle setting; certificate errors are never ignored.</source>
        <translation>The secure connection to %1 failed: %2. If a proxy inspects TLS traffic, add its CA certificate with the CA bundle setting; certificate errors are never ignored.</translation>
    </message>
</context>
<context>
    <name>StateStore</name>
    <message>
        <source>Cannot open the state database %1: %2. Check that no other copy of the app is using it and that you may read and write the file.</source>
        <translation>Cannot open the state database %1: %2. Check that no other copy of the app is using it and that you may read and write the file.</translation>
    </message>
    <message>
        <source>The file %1 is not a Mimecast Bridge state database: it contains tables of another application. Move the file away or choose another data folder.</source>
        <translation>The file %1 is not a Mimecast Bridge state database: it contains tables of another application. Move the file away or choose another data folder.</translation>
    </message>
    <message>
        <source>The state database %1 was written by a newer version of Mimecast Bridge (schema version %2, this version reads up to %3). Use a newer version of the app. The file was left unchanged.</source>
        <translation>The state database %1 was written by a newer version of Mimecast Bridge (schema version %2, this version reads up to %3). Use a newer version of the app. The file was left unchanged.</translation>
    </message>
    <message>
        <source>Cannot upgrade the state database %1 to schema version %2: %3. The file stays at schema version %4.</source>
        <translation>Cannot upgrade the state database %1 to schema version %2: %3. The file stays at schema version %4.</translation>
    </message>
    <message>
        <source>Cannot create the state database in the folder %1: %2. Check that the folder is writable.</source>
        <translation>Cannot create the state database in the folder %1: %2. Check that the folder is writable.</translation>
    </message>
    <message>
        <source>Cannot open the state database %1: the connection name %2 is already in use in this process.</source>
        <translation>Cannot open the state database %1: the connection name %2 is already in use in this process.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the state database. Check that its parent folder is writable.</source>
        <translation>Cannot create the folder %1 for the state database. Check that its parent folder is writable.</translation>
    </message>
    <message>
        <source>The state database %1 is damaged (%2) and could not be renamed (%3). Move the file away yourself, then start again.</source>
        <translation>The state database %1 is damaged (%2) and could not be renamed (%3). Move the file away yourself, then start again.</translation>
    </message>
    <message>
        <source>The state database %1 was damaged (%2). It was renamed to %3 and a new, empty database was created: checkpoints, the delivery queue and the list of alerts already seen start empty.</source>
        <translation>The state database %1 was damaged (%2). It was renamed to %3 and a new, empty database was created: checkpoints, the delivery queue and the list of alerts already seen start empty.</translation>
    </message>
    <message>
        <source>The new state database %1 failed its integrity check (%2). Check the disk and the folder.</source>
        <translation>The new state database %1 failed its integrity check (%2). Check the disk and the folder.</translation>
    </message>
</context>
<context>
    <name>StoreCredentials</name>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>Nothing was stored: %1</translation>
    </message>
    <message>
        <source>PASS %1: %2</source>
        <translation>PASS %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Stored %n credential(s) of profile &quot;%1&quot; in the keychain.</source>
        <translation>
            <numerusform>Stored %n credential of profile &quot;%1&quot; in the keychain.</numerusform>
            <numerusform>Stored %n credentials of profile &quot;%1&quot; in the keychain.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing to the keychain failed (%1); restoring the previous values.</source>
        <translation>Writing to the keychain failed (%1); restoring the previous values.</translation>
    </message>
    <message>
        <source>PASS sophos: The Sophos Central credentials belong to a %1 account.</source>
        <translation>PASS sophos: The Sophos Central credentials belong to a %1 account.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Check the profile, then choose Finish to store the credentials and save it.</source>
        <translation>Check the profile, then choose Finish to store the credentials and save it.</translation>
    </message>
    <message>
        <source>&amp;Profile name:</source>
        <translation>&amp;Profile name:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <source>Profile name status</source>
        <translation>Profile name status</translation>
    </message>
    <message>
        <source>Poll &amp;interval:</source>
        <translation>Poll &amp;interval:</translation>
    </message>
    <message>
        <source>Poll interval in minutes</source>
        <translation>Poll interval in minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Backfill on first start:</source>
        <translation>&amp;Backfill on first start:</translation>
    </message>
    <message>
        <source>Backfill on first start in hours</source>
        <translation>Backfill on first start in hours</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;What will be stored:</source>
        <translation>&amp;What will be stored:</translation>
    </message>
    <message>
        <source>Summary of the profile</source>
        <translation>Summary of the profile</translation>
    </message>
    <message>
        <source>Demo mode: no secret is written to the keychain. The public demo credentials are filled in again at each start.</source>
        <translation>Demo mode: no secret is written to the keychain. The public demo credentials are filled in again at each start.</translation>
    </message>
    <message>
        <source>Demo mode note</source>
        <translation>Demo mode note</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Keychain unavailable</translation>
    </message>
    <message>
        <source>Keep the credentials for this session only</source>
        <translation>Keep the credentials for this session only</translation>
    </message>
    <message>
        <source>&amp;Keep the credentials for this session only</source>
        <translation>&amp;Keep the credentials for this session only</translation>
    </message>
    <message>
        <source>Saving progress</source>
        <translation>Saving progress</translation>
    </message>
    <message>
        <source>Saving status</source>
        <translation>Saving status</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Updating the outbox failed: %1. Delivery waits for the next poll.</source>
        <translation>Updating the outbox failed: %1. Delivery waits for the next poll.</translation>
    </message>
    <message>
        <source>Recording delivered alerts failed: %1.</source>
        <translation>Recording delivered alerts failed: %1.</translation>
    </message>
    <message>
        <source>Saving the collected alerts of log type %1 failed: %2. They are fetched again at the next poll.</source>
        <translation>Saving the collected alerts of log type %1 failed: %2. They are fetched again at the next poll.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) could not be delivered and were parked: %1</source>
        <translation>
            <numerusform>%n alert could not be delivered and was parked: %1</numerusform>
            <numerusform>%n alerts could not be delivered and were parked: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TerminalInput</name>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <source>Input ended before %1 was entered.</source>
        <translation>Input ended before %1 was entered.</translation>
    </message>
    <message>
        <source>Line %1 of standard input is not NAME=value with NAME one of %2.</source>
        <translation>Line %1 of standard input is not NAME=value with NAME one of %2.</translation>
    </message>
    <message>
        <source>%1 is missing. Set the environment variable or give a %1=value line on standard input.</source>
        <translation>%1 is missing. Set the environment variable or give a %1=value line on standard input.</translation>
    </message>
</context>
<context>
    <name>ThreatMapping</name>
    <message>
        <source>Line %1 of the mapping table: %2</source>
        <translation>Line %1 of the mapping table: %2</translation>
    </message>
    <message>
        <source>not a JSON object.</source>
        <translation>not a JSON object.</translation>
    </message>
    <message>
        <source>&quot;alertType&quot;, &quot;threatId&quot; and &quot;threatName&quot; must be non-empty strings.</source>
        <translation>&quot;alertType&quot;, &quot;threatId&quot; and &quot;threatName&quot; must be non-empty strings.</translation>
    </message>
    <message>
        <source>the alert type &quot;%1&quot; is listed twice.</source>
        <translation>the alert type &quot;%1&quot; is listed twice.</translation>
    </message>
    <message>
        <source>The mapping table is empty.</source>
        <translation>The mapping table is empty.</translation>
    </message>
    <message>
        <source>Cannot read the mapping table &quot;%1&quot;: %2</source>
        <translation>Cannot read the mapping table &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1: %2 The previous table stays in force.</source>
        <translation>%1: %2 The previous table stays in force.</translation>
    </message>
</context>
<context>
    <name>TtpLogFetcher</name>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>%1 Gave up after %n attempt.</numerusform>
            <numerusform>%1 Gave up after %n attempts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>The URL &quot;%1&quot; is not valid. Enter a URL such as https://api.services.mimecast.com.</source>
        <translation>The URL &quot;%1&quot; is not valid. Enter a URL such as https://api.services.mimecast.com.</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; contains a user name or password. Remove them; credentials are entered separately.</source>
        <translation>The URL &quot;%1&quot; contains a user name or password. Remove them; credentials are entered separately.</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; uses plain http, which is allowed only for this computer (127.0.0.1, ::1 or localhost). Use an https URL.</source>
        <translation>The URL &quot;%1&quot; uses plain http, which is allowed only for this computer (127.0.0.1, ::1 or localhost). Use an https URL.</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; has the unsupported scheme &quot;%2&quot;. Use an https URL.</source>
        <translation>The URL &quot;%1&quot; has the unsupported scheme &quot;%2&quot;. Use an https URL.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Mimecast Bridge</source>
        <translation>Welcome to Mimecast Bridge</translation>
    </message>
    <message>
        <source>Set up the alert feed of one customer.</source>
        <translation>Set up the alert feed of one customer.</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>This wizard connects a customer&apos;s Mimecast account to Sophos Central. You enter the customer&apos;s Mimecast API credentials, test them, preview the recent threat alerts with their MITRE ATT&amp;CK mapping, and choose where the alerts are delivered. The credentials are stored in this computer&apos;s keychain only.</source>
        <translation>This wizard connects a customer&apos;s Mimecast account to Sophos Central. You enter the customer&apos;s Mimecast API credentials, test them, preview the recent threat alerts with their MITRE ATT&amp;CK mapping, and choose where the alerts are delivered. The credentials are stored in this computer&apos;s keychain only.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>About the demo</source>
        <translation>About the demo</translation>
    </message>
    <message>
        <source>Try the whole wizard without a Mimecast account: simulated Mimecast and Sophos Central services start on this computer, and demo credentials are filled in.</source>
        <translation>Try the whole wizard without a Mimecast account: simulated Mimecast and Sophos Central services start on this computer, and demo credentials are filled in.</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Try with demo data</translation>
    </message>
    <message>
        <source>&amp;Try with demo data</source>
        <translation>&amp;Try with demo data</translation>
    </message>
</context>
<context>
    <name>WorkerPanel</name>
    <message>
        <source>Demo mode: no real service is contacted.</source>
        <translation>Demo mode: no real service is contacted.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Queue:</translation>
    </message>
    <message>
        <source>Last successful poll:</source>
        <translation>Last successful poll:</translation>
    </message>
    <message>
        <source>Next poll:</source>
        <translation>Next poll:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Last error:</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Counters per log type</source>
        <translation>Counters per log type</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Start the worker</source>
        <translation>Start the worker</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause the worker</source>
        <translation>Pause the worker</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Stop the worker</source>
        <translation>Stop the worker</translation>
    </message>
    <message>
        <source>Run the &amp;wizard again…</source>
        <translation>Run the &amp;wizard again…</translation>
    </message>
    <message>
        <source>Run the wizard again</source>
        <translation>Run the wizard again</translation>
    </message>
    <message>
        <source>Forget credentials</source>
        <translation>Forget credentials</translation>
    </message>
    <message>
        <source>Alerts and rejected records</source>
        <translation>Alerts and rejected records</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alerts</translation>
    </message>
    <message>
        <source>Live alerts</source>
        <translation>Live alerts</translation>
    </message>
    <message>
        <source>Re&amp;jected</source>
        <translation>Re&amp;jected</translation>
    </message>
    <message>
        <source>Records that failed validation. They are never delivered; the reason says which field is missing or invalid.</source>
        <translation>Records that failed validation. They are never delivered; the reason says which field is missing or invalid.</translation>
    </message>
    <message>
        <source>Rejected records</source>
        <translation>Rejected records</translation>
    </message>
    <message>
        <source>For&amp;get credentials…</source>
        <translation>For&amp;get credentials…</translation>
    </message>
</context>
<context>
    <name>bridge::AlertTableModel</name>
    <message>
        <source>Subject: %1
Detail: %2</source>
        <translation>Subject: %1
Detail: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Alert type</source>
        <translation>Alert type</translation>
    </message>
    <message>
        <source>Threat ID</source>
        <translation>Threat ID</translation>
    </message>
    <message>
        <source>Threat name</source>
        <translation>Threat name</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Subject / detail</source>
        <translation>Subject / detail</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>Impersonation</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>bridge::ConnectionTestPage</name>
    <message>
        <source>Credentials</source>
        <translation>Credentials</translation>
    </message>
    <message>
        <source>Attachment Protection log</source>
        <translation>Attachment Protection log</translation>
    </message>
    <message>
        <source>Impersonation Protection log</source>
        <translation>Impersonation Protection log</translation>
    </message>
    <message>
        <source>URL Protection log</source>
        <translation>URL Protection log</translation>
    </message>
    <message>
        <source>At least one log type must stay on. Grant the missing permission in Mimecast and run the tests again.</source>
        <translation>At least one log type must stay on. Grant the missing permission in Mimecast and run the tests again.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Not run</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no result yet</source>
        <translation>%1: no result yet</translation>
    </message>
    <message>
        <source>Collect this log</source>
        <translation>Collect this log</translation>
    </message>
    <message>
        <source>Collect the %1</source>
        <translation>Collect the %1</translation>
    </message>
    <message>
        <source>The connection test cannot start. %1 Go back to correct it.</source>
        <translation>The connection test cannot start. %1 Go back to correct it.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>Cancelled. Run the tests again to check the connection.</source>
        <translation>Cancelled. Run the tests again to check the connection.</translation>
    </message>
    <message>
        <source>The credential check failed, so the log types were not checked. Correct the problem shown above, going back if needed, and run the tests again.</source>
        <translation>The credential check failed, so the log types were not checked. Correct the problem shown above, going back if needed, and run the tests again.</translation>
    </message>
    <message numerus="yes">
        <source>%n log type(s) failed. Grant the missing permission in Mimecast and run the tests again, or untick &quot;Collect this log&quot; to continue without it.</source>
        <translation>
            <numerusform>%n log type failed. Grant the missing permission in Mimecast and run the tests again, or untick &quot;Collect this log&quot; to continue without it.</numerusform>
            <numerusform>%n log types failed. Grant the missing permissions in Mimecast and run the tests again, or untick &quot;Collect this log&quot; to continue without them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection works. %n log type(s) will be collected.</source>
        <translation>
            <numerusform>The connection works. %n log type will be collected.</numerusform>
            <numerusform>The connection works. %n log types will be collected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::ConnectionV1Page</name>
    <message>
        <source>Enter the application ID.</source>
        <translation>Enter the application ID.</translation>
    </message>
    <message>
        <source>Enter the application key.</source>
        <translation>Enter the application key.</translation>
    </message>
    <message>
        <source>Enter the access key.</source>
        <translation>Enter the access key.</translation>
    </message>
    <message>
        <source>Enter the secret key.</source>
        <translation>Enter the secret key.</translation>
    </message>
    <message>
        <source>The secret key is not valid base64. Copy it again exactly as Mimecast showed it, including any &quot;=&quot; at the end.</source>
        <translation>The secret key is not valid base64. Copy it again exactly as Mimecast showed it, including any &quot;=&quot; at the end.</translation>
    </message>
    <message>
        <source>Asking Mimecast for the region of %1…</source>
        <translation>Asking Mimecast for the region of %1…</translation>
    </message>
    <message>
        <source>Region detected for %1: %2.</source>
        <translation>Region detected for %1: %2.</translation>
    </message>
    <message>
        <source>The account of %1 uses %2, which is not one of the presets, so it was entered as a custom URL.</source>
        <translation>The account of %1 uses %2, which is not one of the presets, so it was entered as a custom URL.</translation>
    </message>
</context>
<context>
    <name>bridge::ConnectionV2Page</name>
    <message>
        <source>Enter the client ID of the API 2.0 application.</source>
        <translation>Enter the client ID of the API 2.0 application.</translation>
    </message>
    <message>
        <source>Enter the client secret of the API 2.0 application.</source>
        <translation>Enter the client secret of the API 2.0 application.</translation>
    </message>
</context>
<context>
    <name>bridge::CredentialEraser</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a keychain entry name, %2 the reason removing it failed.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>bridge::DestinationPage</name>
    <message>
        <source>Enter the client ID and client secret of a Sophos Central API credential, then test again.</source>
        <translation>Enter the client ID and client secret of a Sophos Central API credential, then test again.</translation>
    </message>
    <message>
        <source>Test the credentials to continue.</source>
        <translation>Test the credentials to continue.</translation>
    </message>
    <message>
        <source>Testing the credentials with Sophos Central…</source>
        <translation>Testing the credentials with Sophos Central…</translation>
    </message>
    <message>
        <source>The test was cancelled. Test again to continue.</source>
        <translation>The test was cancelled. Test again to continue.</translation>
    </message>
    <message>
        <source>The credentials belong to a tenant account.</source>
        <translation>The credentials belong to a tenant account.</translation>
    </message>
    <message>
        <source>The credentials belong to the tenant %1 (data region %2). Cases are created there.</source>
        <translation>The credentials belong to the tenant %1 (data region %2). Cases are created there.</translation>
    </message>
    <message numerus="yes">
        <source>Partner account with %n tenant(s). Choose the customer&apos;s tenant.</source>
        <translation>
            <numerusform>Partner account with %n tenant. Choose the customer&apos;s tenant.</numerusform>
            <numerusform>Partner account with %n tenants. Choose the customer&apos;s tenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organization account with %n tenant(s). Choose the customer&apos;s tenant.</source>
        <translation>
            <numerusform>Organization account with %n tenant. Choose the customer&apos;s tenant.</numerusform>
            <numerusform>Organization account with %n tenants. Choose the customer&apos;s tenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the ingest URL.</source>
        <translation>Enter the ingest URL.</translation>
    </message>
    <message>
        <source>Enter the ingest key that the collector expects as a bearer token.</source>
        <translation>Enter the ingest key that the collector expects as a bearer token.</translation>
    </message>
    <message>
        <source>Enter the path of the JSON Lines file.</source>
        <translation>Enter the path of the JSON Lines file.</translation>
    </message>
    <message>
        <source>Enter a full path for %1, or choose the file with Browse.</source>
        <translation>Enter a full path for %1, or choose the file with Browse.</translation>
    </message>
    <message>
        <source>%1 is a folder. Enter the path of a file in it.</source>
        <translation>%1 is a folder. Enter the path of a file in it.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another one.</source>
        <translation>The folder %1 does not exist. Create it or choose another one.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable: %2 Choose another folder.</source>
        <translation>The folder %1 is not writable: %2 Choose another folder.</translation>
    </message>
    <message>
        <source>JSON Lines file</source>
        <translation>JSON Lines file</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>JSON Lines files (*.jsonl)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Data region</source>
        <translation>Data region</translation>
    </message>
</context>
<context>
    <name>bridge::EmptyStatePanel</name>
    <message>
        <source>No customer is set up yet</source>
        <translation>No customer is set up yet</translation>
    </message>
    <message>
        <source>Set up a customer with its Mimecast API credentials and a Sophos Central destination, or try the app with demo data: simulated services run on this computer and no real service is contacted.</source>
        <translation>Set up a customer with its Mimecast API credentials and a Sophos Central destination, or try the app with demo data: simulated services run on this computer and no real service is contacted.</translation>
    </message>
    <message>
        <source>&amp;Set up a customer…</source>
        <translation>&amp;Set up a customer…</translation>
    </message>
    <message>
        <source>Set up a customer</source>
        <translation>Set up a customer</translation>
    </message>
    <message>
        <source>Try with &amp;demo data</source>
        <translation>Try with &amp;demo data</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Try with demo data</translation>
    </message>
</context>
<context>
    <name>bridge::MainWindow</name>
    <message>
        <source>Mimecast Bridge</source>
        <translation>Mimecast Bridge</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Mimecast Bridge</source>
        <translation>&amp;About Mimecast Bridge</translation>
    </message>
    <message>
        <source>About Mimecast Bridge</source>
        <translation>About Mimecast Bridge</translation>
    </message>
    <message>
        <source>Mimecast Bridge %1

Collects Mimecast threat alerts, maps them to MITRE ATT&amp;CK and delivers them to Sophos Central.</source>
        <translation>Mimecast Bridge %1

Collects Mimecast threat alerts, maps them to MITRE ATT&amp;CK and delivers them to Sophos Central.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Checking the keychain…</translation>
    </message>
    <message>
        <source>Keychain available.</source>
        <translation>Keychain available.</translation>
    </message>
    <message>
        <source>No keychain is available: credentials cannot be stored. %1</source>
        <translation>No keychain is available: credentials cannot be stored. %1</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>Keychain status</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <extracomment>Suffix of a demo profile in the customer list; %1 is the profile name.</extracomment>
        <translation>%1 (demo)</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Demo mode</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation>The demo could not start: %1</translation>
    </message>
    <message>
        <source>The worker needs the keychain: the credentials of &quot;%1&quot; are kept for this session only, so the background worker does not start. Make a keychain available, then run the wizard again.</source>
        <translation>The worker needs the keychain: the credentials of &quot;%1&quot; are kept for this session only, so the background worker does not start. Make a keychain available, then run the wizard again.</translation>
    </message>
    <message>
        <source>Forget credentials</source>
        <translation>Forget credentials</translation>
    </message>
    <message>
        <source>Stop the worker of &quot;%1&quot; and remove all of its credentials from the keychain? The profile&apos;s settings and collected alerts are kept; run the wizard again to enter new credentials.</source>
        <translation>Stop the worker of &quot;%1&quot; and remove all of its credentials from the keychain? The profile&apos;s settings and collected alerts are kept; run the wizard again to enter new credentials.</translation>
    </message>
    <message>
        <source>The credentials of &quot;%1&quot; were removed from the keychain. Run the wizard again to enter new ones.</source>
        <translation>The credentials of &quot;%1&quot; were removed from the keychain. Run the wizard again to enter new ones.</translation>
    </message>
    <message>
        <source>Some keychain entries of &quot;%1&quot; could not be removed. Unlock the keychain and choose Forget credentials again.
%2</source>
        <translation>Some keychain entries of &quot;%1&quot; could not be removed. Unlock the keychain and choose Forget credentials again.
%2</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;New customer…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>One profile per customer</source>
        <translation>One profile per customer</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>The log folder %1 could not be opened: no file manager responded. Open it by hand.</source>
        <translation>The log folder %1 could not be opened: no file manager responded. Open it by hand.</translation>
    </message>
    <message>
        <source>How to make a keychain available</source>
        <translation>How to make a keychain available</translation>
    </message>
    <message>
        <source>No keychain is available: credentials cannot be stored.</source>
        <translation>No keychain is available: credentials cannot be stored.</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>No keychain available</translation>
    </message>
    <message>
        <source>How to fi&amp;x…</source>
        <translation>How to fi&amp;x…</translation>
    </message>
</context>
<context>
    <name>bridge::PreviewPage</name>
    <message>
        <source>The profile&apos;s mapping table %1 was not used, so the built-in table applies: %2</source>
        <translation>The profile&apos;s mapping table %1 was not used, so the built-in table applies: %2</translation>
    </message>
    <message>
        <source>%1: rate limited until %2</source>
        <extracomment>%1 is a log type such as &quot;URL&quot;, %2 a time of day such as 14:05:09.</extracomment>
        <translation>%1: rate limited until %2</translation>
    </message>
    <message>
        <source>%1: %2 Retrying at %3.</source>
        <extracomment>%1 is a log type, %2 the error message, %3 a time of day such as 14:05:09.</extracomment>
        <translation>%1: %2 Retrying at %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a log type such as &quot;URL&quot;, %2 the error message.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select an alert to see how it was mapped and its original record.</source>
        <translation>Select an alert to see how it was mapped and its original record.</translation>
    </message>
    <message>
        <source>Export alerts as CSV</source>
        <translation>Export alerts as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) exported to %1.</source>
        <translation>
            <numerusform>%n alert exported to %1.</numerusform>
            <numerusform>%n alerts exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1 failed: %2 Choose another file.</source>
        <translation>Exporting to %1 failed: %2 Choose another file.</translation>
    </message>
    <message>
        <source>Page %1 of %2…</source>
        <extracomment>%1 is a page number, %2 a log type such as &quot;URL&quot;.</extracomment>
        <translation>Page %1 of %2…</translation>
    </message>
</context>
<context>
    <name>bridge::RegionDiscovery</name>
    <message>
        <source>Enter an administrator&apos;s e-mail address of the Mimecast account.</source>
        <translation>Enter an administrator&apos;s e-mail address of the Mimecast account.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address. Enter an address such as admin@example.com.</source>
        <translation>&quot;%1&quot; is not an e-mail address. Enter an address such as admin@example.com.</translation>
    </message>
    <message>
        <source>Region detection is already running.</source>
        <translation>Region detection is already running.</translation>
    </message>
    <message>
        <source>Region detection for %1 failed: the response names no API host. Choose the region yourself.</source>
        <translation>Region detection for %1 failed: the response names no API host. Choose the region yourself.</translation>
    </message>
    <message>
        <source>Region detection for %1 returned an unusable API host. %2</source>
        <translation>Region detection for %1 returned an unusable API host. %2</translation>
    </message>
    <message>
        <source>Region detection was cancelled.</source>
        <translation>Region detection was cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>Region detection for %1 timed out after %n second(s). Try again, or choose the region yourself.</source>
        <translation>
            <numerusform>Region detection for %1 timed out after %n second. Try again, or choose the region yourself.</numerusform>
            <numerusform>Region detection for %1 timed out after %n seconds. Try again, or choose the region yourself.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mimecast found no account for %1 (%2). Check the address, or choose the region yourself.</source>
        <translation>Mimecast found no account for %1 (%2). Check the address, or choose the region yourself.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Region detection for %1 failed: the response with HTTP %2 is not Mimecast&apos;s JSON. Check the discovery URL and any proxy, or choose the region yourself.</source>
        <translation>Region detection for %1 failed: the response with HTTP %2 is not Mimecast&apos;s JSON. Check the discovery URL and any proxy, or choose the region yourself.</translation>
    </message>
    <message>
        <source>The region detection endpoint %1 was not found (HTTP 404). Choose the region yourself.</source>
        <translation>The region detection endpoint %1 was not found (HTTP 404). Choose the region yourself.</translation>
    </message>
    <message>
        <source>Region detection for %1 failed with HTTP %2. Try again later, or choose the region yourself.</source>
        <translation>Region detection for %1 failed with HTTP %2. Try again later, or choose the region yourself.</translation>
    </message>
</context>
<context>
    <name>bridge::RejectedTableModel</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>bridge::SetupWizard</name>
    <message>
        <source>Set up a customer</source>
        <translation>Set up a customer</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode&lt;/b&gt;&lt;br&gt;No real service is contacted: the credentials, alerts and Sophos Central are simulated on this computer.</source>
        <translation>&lt;b&gt;Demo mode&lt;/b&gt;&lt;br&gt;No real service is contacted: the credentials, alerts and Sophos Central are simulated on this computer.</translation>
    </message>
    <message>
        <source>Demo mode notice</source>
        <translation>Demo mode notice</translation>
    </message>
    <message>
        <source>Cancel the setup</source>
        <translation>Cancel the setup</translation>
    </message>
    <message>
        <source>Close the wizard and discard the settings and credentials entered so far? Nothing has been stored.</source>
        <translation>Close the wizard and discard the settings and credentials entered so far? Nothing has been stored.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
</context>
<context>
    <name>bridge::SummaryPage</name>
    <message>
        <source>Enter a profile name of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, such as the customer&apos;s name.</source>
        <translation>Enter a profile name of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, such as the customer&apos;s name.</translation>
    </message>
    <message>
        <source>A profile named %1 exists. Finish replaces its settings and credentials.</source>
        <translation>A profile named %1 exists. Finish replaces its settings and credentials.</translation>
    </message>
    <message>
        <source>Mimecast API %1 at %2</source>
        <extracomment>%1 is the API version such as 2.0, %2 the base URL.</extracomment>
        <translation>Mimecast API %1 at %2</translation>
    </message>
    <message>
        <source>Log types: %1</source>
        <translation>Log types: %1</translation>
    </message>
    <message>
        <source>Destination: HTTPS ingest to %1</source>
        <translation>Destination: HTTPS ingest to %1</translation>
    </message>
    <message>
        <source>Destination: JSON Lines file %1</source>
        <translation>Destination: JSON Lines file %1</translation>
    </message>
    <message>
        <source>Destination: a Sophos Central case per alert in the tenant of the API credential</source>
        <translation>Destination: a Sophos Central case per alert in the tenant of the API credential</translation>
    </message>
    <message>
        <source>Destination: a Sophos Central case per alert in the tenant %1</source>
        <translation>Destination: a Sophos Central case per alert in the tenant %1</translation>
    </message>
    <message>
        <source>Destination: a Sophos Central case per alert in the tenant %1 (%2)</source>
        <extracomment>%1 is the tenant&apos;s name, %2 its ID.</extracomment>
        <translation>Destination: a Sophos Central case per alert in the tenant %1 (%2)</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Settings file: %1</translation>
    </message>
    <message>
        <source>Keychain: nothing is stored, because demo mode uses public demo credentials.</source>
        <translation>Keychain: nothing is stored, because demo mode uses public demo credentials.</translation>
    </message>
    <message>
        <source>Keychain: nothing is stored. The credentials stay in memory until the app quits, and the background worker does not start for this profile.</source>
        <translation>Keychain: nothing is stored. The credentials stay in memory until the app quits, and the background worker does not start for this profile.</translation>
    </message>
    <message>
        <source>Keychain entries that Finish writes:</source>
        <translation>Keychain entries that Finish writes:</translation>
    </message>
    <message>
        <source>No keychain is available, so the credentials cannot be stored. %1
You can instead keep them for this session only. The background worker then refuses to start for this profile, and the credentials are lost when the app quits.</source>
        <translation>No keychain is available, so the credentials cannot be stored. %1
You can instead keep them for this session only. The background worker then refuses to start for this profile, and the credentials are lost when the app quits.</translation>
    </message>
    <message>
        <source>Nothing was stored, because the value of %1 is empty. Go back and enter it.</source>
        <translation>Nothing was stored, because the value of %1 is empty. Go back and enter it.</translation>
    </message>
    <message>
        <source>Storing %1 in the keychain…</source>
        <translation>Storing %1 in the keychain…</translation>
    </message>
    <message>
        <source>Storing %1 failed: %2 Nothing was stored.</source>
        <translation>Storing %1 failed: %2 Nothing was stored.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Nothing was stored.</translation>
    </message>
    <message>
        <source>The entries stored before it stay in the keychain: %1. Nothing else was stored.</source>
        <translation>The entries stored before it stay in the keychain: %1. Nothing else was stored.</translation>
    </message>
    <message>
        <source>Storing %1 in the keychain failed: %2 %3</source>
        <extracomment>%1 is a keychain entry name, %2 the keychain&apos;s error, %3 what was stored before.</extracomment>
        <translation>Storing %1 in the keychain failed: %2 %3</translation>
    </message>
    <message>
        <source>The credentials stay in the keychain: %1.</source>
        <translation>The credentials stay in the keychain: %1.</translation>
    </message>
    <message>
        <source>Saving the profile %1 failed: %2 %3</source>
        <translation>Saving the profile %1 failed: %2 %3</translation>
    </message>
    <message>
        <source>The profile %1 was saved.</source>
        <translation>The profile %1 was saved.</translation>
    </message>
</context>
<context>
    <name>bridge::WelcomePage</name>
    <message>
        <source>The demo could not start. %1</source>
        <translation>The demo could not start. %1</translation>
    </message>
</context>
<context>
    <name>bridge::WorkerPanel</name>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Not running</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>Collecting alerts from Mimecast</source>
        <translation>Collecting alerts from Mimecast</translation>
    </message>
    <message>
        <source>Delivering alerts</source>
        <translation>Delivering alerts</translation>
    </message>
    <message>
        <source>Backing off until %1</source>
        <extracomment>%1 is a time of day, HH:MM:SS.</extracomment>
        <translation>Backing off until %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>%1 waiting, %2 failed</source>
        <extracomment>%1 alerts wait for delivery, %2 are parked after a failed delivery.</extracomment>
        <translation>%1 waiting, %2 failed</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation>Re&amp;sume</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Fetched</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Clean</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Collects Mimecast threat alerts and delivers them to Sophos Central.</source>
        <translation>Collects Mimecast threat alerts and delivers them to Sophos Central.</translation>
    </message>
    <message>
        <source>Keeps settings, state and logs below DIR instead of the platform&apos;s folders, e.g. for a trial run.</source>
        <translation>Keeps settings, state and logs below DIR instead of the platform&apos;s folders, e.g. for a trial run.</translation>
    </message>
    <message>
        <source>Mimecast Bridge</source>
        <translation>Mimecast Bridge</translation>
    </message>
</context>
</TS>
