<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>No API %1 credential &quot;%2&quot; is stored for the profile &quot;%3&quot;. Run store-credentials, or set %4.</source>
        <translation>No API %1 credential &quot;%2&quot; is stored for the profile &quot;%3&quot;. Run store-credentials, or set %4.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Commands:
  check               Test the credentials and each log type&apos;s permission.
  preview             Print the alerts of a time window (--from, --to).
  store-credentials   Test and store credentials read from the environment or
                      standard input (NAME=value lines) in the keychain.
  forget-credentials  Remove the profile&apos;s credentials from the keychain.

Credentials are read from MIMECAST_CLIENT_ID and MIMECAST_CLIENT_SECRET (API 2.0)
or MIMECAST_APP_ID, MIMECAST_APP_KEY, MIMECAST_ACCESS_KEY and MIMECAST_SECRET_KEY
(API 1.0) when set, otherwise from the keychain. They are never accepted as
arguments.

Exit status: 0 success, 1 network or server failure, 2 usage error,
3 authentication or permission failure, 4 invalid response, 5 keychain
unavailable.
</source>
        <translation>Commands:
  check               Test the credentials and each log type&apos;s permission.
  preview             Print the alerts of a time window (--from, --to).
  store-credentials   Test and store credentials read from the environment or
                      standard input (NAME=value lines) in the keychain.
  forget-credentials  Remove the profile&apos;s credentials from the keychain.

Credentials are read from MIMECAST_CLIENT_ID and MIMECAST_CLIENT_SECRET (API 2.0)
or MIMECAST_APP_ID, MIMECAST_APP_KEY, MIMECAST_ACCESS_KEY and MIMECAST_SECRET_KEY
(API 1.0) when set, otherwise from the keychain. They are never accepted as
arguments.

Exit status: 0 success, 1 network or server failure, 2 usage error,
3 authentication or permission failure, 4 invalid response, 5 keychain
unavailable.
</translation>
    </message>
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
        <source>check, preview, store-credentials or forget-credentials.</source>
        <translation>check, preview, store-credentials or forget-credentials.</translation>
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
        <source>Unknown command &quot;%1&quot;. Use check, preview, store-credentials or forget-credentials.</source>
        <translation>Unknown command &quot;%1&quot;. Use check, preview, store-credentials or forget-credentials.</translation>
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
    <name>MimecastAuth</name>
    <message>
        <source>The token request to %1 timed out after %2 seconds. Check the network connection and the base URL.</source>
        <translation>The token request to %1 timed out after %2 seconds. Check the network connection and the base URL.</translation>
    </message>
    <message>
        <source>The token request to %1 failed: %2. Check the network connection and the base URL.</source>
        <translation>The token request to %1 failed: %2. Check the network connection and the base URL.</translation>
    </message>
    <message>
        <source>Mimecast rejected the client ID or client secret (%1). Check the API 2.0 application&apos;s credentials in the Mimecast administration console.</source>
        <translation>Mimecast rejected the client ID or client secret (%1). Check the API 2.0 application&apos;s credentials in the Mimecast administration console.</translation>
    </message>
    <message>
        <source>Invalid response from Mimecast for /oauth/token: HTTP 200 without an access token. Check the base URL and any proxy between this computer and Mimecast.</source>
        <translation>Invalid response from Mimecast for /oauth/token: HTTP 200 without an access token. Check the base URL and any proxy between this computer and Mimecast.</translation>
    </message>
</context>
<context>
    <name>MimecastClient</name>
    <message>
        <source>The call to %1%2 timed out after %3 seconds. It is retried with increasing delays.</source>
        <translation>The call to %1%2 timed out after %3 seconds. It is retried with increasing delays.</translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation>The call was cancelled.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. If a proxy inspects TLS traffic, add its CA certificate; the certificate is never ignored.</source>
        <translation>The secure connection to %1 failed: %2. If a proxy inspects TLS traffic, add its CA certificate; the certificate is never ignored.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2. Check the network connection, the proxy settings and the base URL.</source>
        <translation>The connection to %1 failed: %2. Check the network connection, the proxy settings and the base URL.</translation>
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
        <source>Mimecast Bridge collects a customer&apos;s Mimecast threat alerts and maps each one to a MITRE ATT&amp;CK technique.

The setup wizard is not part of this version yet. Use mimecast-bridge-cli to store credentials, check a connection and preview alerts; run &quot;mimecast-bridge-cli --help&quot; for the commands.</source>
        <translation>Mimecast Bridge collects a customer&apos;s Mimecast threat alerts and maps each one to a MITRE ATT&amp;CK technique.

The setup wizard is not part of this version yet. Use mimecast-bridge-cli to store credentials, check a connection and preview alerts; run &quot;mimecast-bridge-cli --help&quot; for the commands.</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
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
</context>
</TS>
