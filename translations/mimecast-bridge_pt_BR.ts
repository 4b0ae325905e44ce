<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ApiVersionPage</name>
    <message>
        <source>Mimecast API version</source>
        <translation>Versão da API do Mimecast</translation>
    </message>
    <message>
        <source>Choose the API of the customer&apos;s Mimecast credentials.</source>
        <translation>Escolha a API das credenciais do Mimecast do cliente.</translation>
    </message>
    <message>
        <source>API 2.0, recommended</source>
        <translation>API 2.0, recomendada</translation>
    </message>
    <message>
        <source>API &amp;2.0 (recommended)</source>
        <translation>API &amp;2.0 (recomendada)</translation>
    </message>
    <message>
        <source>About API 2.0</source>
        <translation>Sobre a API 2.0</translation>
    </message>
    <message>
        <source>A client ID and client secret of an API 2.0 application. Use this for every new setup.</source>
        <translation>Um ID de cliente e um segredo de cliente de um aplicativo da API 2.0. Use esta opção em toda configuração nova.</translation>
    </message>
    <message>
        <source>API 1.0, legacy</source>
        <translation>API 1.0, legada</translation>
    </message>
    <message>
        <source>API &amp;1.0 (legacy)</source>
        <translation>API &amp;1.0 (legada)</translation>
    </message>
    <message>
        <source>About API 1.0</source>
        <translation>Sobre a API 1.0</translation>
    </message>
    <message>
        <source>An application ID, application key, access key and secret key. Mimecast stopped issuing new API 1.0 keys in mid-2025, so choose this only for an account that still has working 1.0 keys.</source>
        <translation>Um ID de aplicativo, uma chave de aplicativo, uma chave de acesso e uma chave secreta. O Mimecast deixou de emitir novas chaves da API 1.0 em meados de 2025; escolha esta opção apenas para uma conta que ainda tenha chaves 1.0 válidas.</translation>
    </message>
</context>
<context>
    <name>AppPaths</name>
    <message>
        <source>Could not create the folder %1. Check that you may write there, or choose another folder.</source>
        <translation>Não foi possível criar a pasta %1. Verifique se você tem permissão de gravação nela ou escolha outra pasta.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FALHA</translation>
    </message>
</context>
<context>
    <name>CommandBase</name>
    <message>
        <source>Ignoring the invalid saved setting %1 of profile &quot;%2&quot;.</source>
        <translation>Ignorando a configuração salva inválida %1 do perfil &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>API 1.0 needs the account&apos;s region: give --region (eu, de, us, usb, uspcom, ca, za, au, jer, je) or --base-url.</source>
        <translation>A API 1.0 precisa da região da conta: informe --region (eu, de, us, usb, uspcom, ca, za, au, jer, je) ou --base-url.</translation>
    </message>
    <message>
        <source>The region &quot;%1&quot; is unknown for API %2. Use one of: %3, or give --base-url.</source>
        <translation>A região &quot;%1&quot; é desconhecida na API %2. Use uma destas: %3, ou informe --base-url.</translation>
    </message>
    <message>
        <source>The credential &quot;%1&quot; is empty. Store the profile&apos;s credentials again.</source>
        <translation>A credencial &quot;%1&quot; está vazia. Armazene novamente as credenciais do perfil.</translation>
    </message>
    <message>
        <source>The API 1.0 secret key is not valid base64. Copy it again from the Mimecast administration console, without extra characters.</source>
        <translation>A chave secreta da API 1.0 não está em base64 válido. Copie-a novamente do console de administração do Mimecast, sem caracteres extras.</translation>
    </message>
    <message>
        <source>No credential &quot;%1&quot; is stored for the profile &quot;%2&quot;. Run store-credentials, or set %3.</source>
        <translation>Nenhuma credencial &quot;%1&quot; está armazenada para o perfil &quot;%2&quot;. Execute store-credentials ou defina %3.</translation>
    </message>
    <message>
        <source>%1 is not set in the environment, so it is looked up in the keychain. %2</source>
        <translation>%1 não está definida no ambiente, então é procurada no chaveiro do sistema. %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Customer profile to use (default: default).</source>
        <translation>Perfil do cliente a usar (padrão: default).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Mimecast API version: 1 or 2.</source>
        <translation>Versão da API do Mimecast: 1 ou 2.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versão</translation>
    </message>
    <message>
        <source>Region preset, such as global, uk or us for API 2.0, or eu, de, us, usb, ca, za, au for API 1.0.</source>
        <translation>Região predefinida, como global, uk ou us na API 2.0, ou eu, de, us, usb, ca, za, au na API 1.0.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Custom API base URL (https, or http to this computer only).</source>
        <translation>URL base personalizada da API (https, ou http somente para este computador).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Log types, comma-separated: attachment, impersonation, url (default: all three).</source>
        <translation>Tipos de log, separados por vírgula: attachment, impersonation, url (padrão: os três).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>Records per page, 1 to 500 (default: 100).</source>
        <translation>Registros por página, de 1 a 500 (padrão: 100).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>número</translation>
    </message>
    <message>
        <source>Folder for settings, state and logs instead of the platform&apos;s defaults.</source>
        <translation>Pasta para configurações, estado e logs, em vez das pastas padrão da plataforma.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>pasta</translation>
    </message>
    <message>
        <source>Language of messages: en or pt_BR (default: the system&apos;s).</source>
        <translation>Idioma das mensagens: en ou pt_BR (padrão: o do sistema).</translation>
    </message>
    <message>
        <source>Log each call and retry on standard error.</source>
        <translation>Registra cada chamada e cada nova tentativa na saída de erro padrão.</translation>
    </message>
    <message>
        <source>Start of the preview window, ISO 8601 (UTC when no offset).</source>
        <translation>Início da janela de visualização, em ISO 8601 (UTC quando não há fuso horário).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>data-hora</translation>
    </message>
    <message>
        <source>End of the preview window, ISO 8601 (UTC when no offset).</source>
        <translation>Fim da janela de visualização, em ISO 8601 (UTC quando não há fuso horário).</translation>
    </message>
    <message>
        <source>Preview output: jsonl (one alert per line) or table.</source>
        <translation>Saída da visualização: jsonl (um alerta por linha) ou table.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>Collects Mimecast threat alerts and maps them to MITRE ATT&amp;CK.</source>
        <translation>Coleta alertas de ameaças do Mimecast e os mapeia para o MITRE ATT&amp;CK.</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; of --%2 is not a valid ISO 8601 time. Use, for example, 2026-12-04T15:00:00Z.</source>
        <translation>O valor &quot;%1&quot; de --%2 não é uma data e hora ISO 8601 válida. Use, por exemplo, 2026-12-04T15:00:00Z.</translation>
    </message>
    <message>
        <source>Run with --help for the usage.</source>
        <translation>Execute com --help para ver como usar.</translation>
    </message>
    <message>
        <source>No command given. Run with --help for the list of commands.</source>
        <translation>Nenhum comando informado. Execute com --help para ver a lista de comandos.</translation>
    </message>
    <message>
        <source>Unexpected arguments after the command. Secrets are never accepted as arguments; set them in the environment or store them in the keychain.</source>
        <translation>Argumentos inesperados após o comando. Segredos nunca são aceitos como argumentos; defina-os no ambiente ou armazene-os no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>The profile name &quot;%1&quot; is invalid. Use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, up to 64 characters.</source>
        <translation>O nome de perfil &quot;%1&quot; é inválido. Use letras, dígitos, &apos;-&apos;, &apos;_&apos; e &apos;.&apos;, com até 64 caracteres.</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; of --api is invalid. Use 1 or 2.</source>
        <translation>O valor &quot;%1&quot; de --api é inválido. Use 1 ou 2.</translation>
    </message>
    <message>
        <source>--region and --base-url cannot be used together. Choose one.</source>
        <translation>--region e --base-url não podem ser usados juntos. Escolha um deles.</translation>
    </message>
    <message>
        <source>The log type &quot;%1&quot; in --types is unknown. Use attachment, impersonation and url, separated by commas.</source>
        <translation>O tipo de log &quot;%1&quot; em --types é desconhecido. Use attachment, impersonation e url, separados por vírgulas.</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; of --page-size is invalid. Use a number from 1 to 500.</source>
        <translation>O valor &quot;%1&quot; de --page-size é inválido. Use um número de 1 a 500.</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; of --lang is invalid. Use en or pt_BR.</source>
        <translation>O valor &quot;%1&quot; de --lang é inválido. Use en ou pt_BR.</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; of --format is invalid. Use jsonl or table.</source>
        <translation>O valor &quot;%1&quot; de --format é inválido. Use jsonl ou table.</translation>
    </message>
    <message>
        <source>preview needs --from and --to, for example --from 2026-12-01T00:00:00Z --to 2026-12-02T00:00:00Z.</source>
        <translation>O comando preview precisa de --from e --to, por exemplo --from 2026-12-01T00:00:00Z --to 2026-12-02T00:00:00Z.</translation>
    </message>
    <message>
        <source>--from (%1) must be earlier than --to (%2).</source>
        <translation>--from (%1) deve ser anterior a --to (%2).</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Mostra a versão e sai.</translation>
    </message>
    <message>
        <source>With sync: run one poll and its deliveries, then exit.</source>
        <translation>Com sync: executa uma única consulta e as respectivas entregas e depois sai.</translation>
    </message>
    <message>
        <source>Where sync delivers alerts: sophos-case (default), https or jsonl.</source>
        <translation>Destino para o qual o sync entrega os alertas: sophos-case (padrão), https ou jsonl.</translation>
    </message>
    <message>
        <source>Sophos Central API URL (default https://api.central.sophos.com).</source>
        <translation>URL da API do Sophos Central (padrão: https://api.central.sophos.com).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>HTTPS ingest URL for --destination https.</source>
        <translation>URL de ingestão HTTPS para --destination https.</translation>
    </message>
    <message>
        <source>JSON Lines file for --destination jsonl.</source>
        <translation>Arquivo JSON Lines para --destination jsonl.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>caminho</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) to trust, for example a TLS-inspecting proxy&apos;s.</source>
        <translation>Certificados de CA adicionais (PEM) a considerar confiáveis, por exemplo o de um proxy que inspeciona o tráfego TLS.</translation>
    </message>
    <message>
        <source>--once is only valid with sync.</source>
        <translation>--once só é válido com sync.</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; of --destination is invalid. Use sophos-case, https or jsonl.</source>
        <translation>O valor &quot;%1&quot; de --destination é inválido. Use sophos-case, https ou jsonl.</translation>
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
        <translation>Comandos:
  check               Testa as credenciais e a permissão de cada tipo de log.
  preview             Mostra os alertas de uma janela de tempo (--from, --to).
  sync                Coleta novos alertas e os entrega a cada intervalo de
                      consulta até ser interrompido, ou uma vez com --once.
  status              Mostra os pontos de controle e os contadores da fila de
                      saída do perfil.
  store-credentials   Testa as credenciais lidas do ambiente ou da entrada
                      padrão (linhas NOME=valor) e as armazena no chaveiro do
                      sistema.
  forget-credentials  Remove as credenciais do perfil do chaveiro do sistema.

As credenciais são lidas de MIMECAST_CLIENT_ID e MIMECAST_CLIENT_SECRET (API 2.0)
ou de MIMECAST_APP_ID, MIMECAST_APP_KEY, MIMECAST_ACCESS_KEY e
MIMECAST_SECRET_KEY (API 1.0), e de SOPHOS_CLIENT_ID, SOPHOS_CLIENT_SECRET e
INGEST_KEY para os destinos, quando definidas; caso contrário, do chaveiro do
sistema. Elas nunca são aceitas como argumentos.

Códigos de saída: 0 sucesso, 1 falha de rede ou do servidor, 2 erro de uso,
3 falha de autenticação ou de permissão, 4 resposta inválida, 5 chaveiro do
sistema indisponível.
</translation>
    </message>
    <message>
        <source>Sophos identity URL (default https://id.sophos.com).</source>
        <translation>URL do serviço de identidade da Sophos (padrão: https://id.sophos.com).</translation>
    </message>
    <message>
        <source>Sophos Central tenant ID, needed for partner and organization accounts.</source>
        <translation>ID do locatário do Sophos Central, necessário para contas de parceiro e de organização.</translation>
    </message>
    <message>
        <source>check, preview, sync, status, store-credentials or forget-credentials.</source>
        <translation>check, preview, sync, status, store-credentials ou forget-credentials.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Use check, preview, sync, status, store-credentials or forget-credentials.</source>
        <translation>Comando desconhecido: &quot;%1&quot;. Use check, preview, sync, status, store-credentials ou forget-credentials.</translation>
    </message>
    <message>
        <source>With sync: return the deliveries parked as failed to the queue before the first poll.</source>
        <translation>Com sync: devolve à fila as entregas marcadas como falhas antes da primeira consulta.</translation>
    </message>
    <message>
        <source>--retry-failed is only valid with sync.</source>
        <translation>--retry-failed só é válido com sync.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>comando</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>The client ID and client secret were accepted.</source>
        <translation>O ID do cliente e o segredo do cliente foram aceitos.</translation>
    </message>
    <message>
        <source>The signature was accepted for the account &quot;%1&quot;.</source>
        <translation>A assinatura foi aceita para a conta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The %1 | Read permission is granted.</source>
        <translation>A permissão %1 | Read está concedida.</translation>
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
        <translation>URL personalizada</translation>
    </message>
    <message>
        <source>Enter the base URL, such as https://api.services.mimecast.com, or choose a region.</source>
        <translation>Informe a URL base, como https://api.services.mimecast.com, ou escolha uma região.</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPage</name>
    <message>
        <source>Test the Mimecast connection</source>
        <translation>Testar a conexão com o Mimecast</translation>
    </message>
    <message>
        <source>Checks the credentials and the read permission of each log type.</source>
        <translation>Verifica as credenciais e a permissão de leitura de cada tipo de log.</translation>
    </message>
    <message>
        <source>The credentials are checked first, then one small call per log type proves that the API application may read it. A log type that fails can be turned off here; the credential check must pass.</source>
        <translation>Primeiro as credenciais são verificadas; depois, uma pequena chamada por tipo de log comprova que o aplicativo da API pode lê-lo. Um tipo de log que falhar pode ser desativado aqui; a verificação das credenciais precisa passar.</translation>
    </message>
    <message>
        <source>About the connection test</source>
        <translation>Sobre o teste de conexão</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificações</translation>
    </message>
    <message>
        <source>Connection test progress</source>
        <translation>Progresso do teste de conexão</translation>
    </message>
    <message>
        <source>Cancel the connection test</source>
        <translation>Cancelar o teste de conexão</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Run the tests again</source>
        <translation>Executar os testes novamente</translation>
    </message>
    <message>
        <source>&amp;Run the tests again</source>
        <translation>&amp;Executar os testes novamente</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado do teste de conexão</translation>
    </message>
</context>
<context>
    <name>ConnectionV1Page</name>
    <message>
        <source>Mimecast connection (API 1.0)</source>
        <translation>Conexão com o Mimecast (API 1.0)</translation>
    </message>
    <message>
        <source>Enter the API 1.0 application&apos;s keys and the account&apos;s region.</source>
        <translation>Informe as chaves do aplicativo da API 1.0 e a região da conta.</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Região:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Application &amp;ID:</source>
        <translation>&amp;ID do aplicativo:</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>ID do aplicativo</translation>
    </message>
    <message>
        <source>Application &amp;key:</source>
        <translation>C&amp;have do aplicativo:</translation>
    </message>
    <message>
        <source>Application key</source>
        <translation>Chave do aplicativo</translation>
    </message>
    <message>
        <source>Show the application key</source>
        <translation>Mostrar a chave do aplicativo</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>&amp;Access key:</source>
        <translation>Chave de &amp;acesso:</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Chave de acesso</translation>
    </message>
    <message>
        <source>Show the access key</source>
        <translation>Mostrar a chave de acesso</translation>
    </message>
    <message>
        <source>Secre&amp;t key:</source>
        <translation>Chave secre&amp;ta:</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Chave secreta</translation>
    </message>
    <message>
        <source>Show the secret key</source>
        <translation>Mostrar a chave secreta</translation>
    </message>
    <message>
        <source>Detect region</source>
        <translation>Detectar região</translation>
    </message>
    <message>
        <source>Mimecast can tell the account&apos;s region from an administrator&apos;s e-mail address.</source>
        <translation>O Mimecast pode informar a região da conta a partir do e-mail de um administrador.</translation>
    </message>
    <message>
        <source>About region detection</source>
        <translation>Sobre a detecção de região</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Administrator e-mail address</source>
        <translation>E-mail do administrador</translation>
    </message>
    <message>
        <source>&amp;Detect region</source>
        <translation>&amp;Detectar região</translation>
    </message>
    <message>
        <source>Region detection progress</source>
        <translation>Progresso da detecção de região</translation>
    </message>
    <message>
        <source>Cancel region detection</source>
        <translation>Cancelar a detecção de região</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Region detection result</source>
        <translation>Resultado da detecção de região</translation>
    </message>
    <message>
        <source>Where to find these</source>
        <translation>Onde encontrar esses dados</translation>
    </message>
    <message>
        <source>In the Mimecast Administration console, go to Services → API and Platform Integrations and open the API 1.0 application: it shows the application ID and application key. The access key and secret key are created there for the service user the application signs in as. Copy the secret key exactly; it is base64 text.</source>
        <translation>No console de administração do Mimecast, acesse Services → API and Platform Integrations e abra o aplicativo da API 1.0: ele mostra o ID e a chave do aplicativo. A chave de acesso e a chave secreta são criadas ali para o usuário de serviço com o qual o aplicativo se autentica. Copie a chave secreta exatamente como aparece; ela é um texto em base64.</translation>
    </message>
</context>
<context>
    <name>ConnectionV2Page</name>
    <message>
        <source>Mimecast connection (API 2.0)</source>
        <translation>Conexão com o Mimecast (API 2.0)</translation>
    </message>
    <message>
        <source>Enter the API 2.0 application&apos;s credentials and the account&apos;s region.</source>
        <translation>Informe as credenciais do aplicativo da API 2.0 e a região da conta.</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Região:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID do cliente:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID do cliente</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Segredo do cliente:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Segredo do cliente</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Mostrar o segredo do cliente</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Where to find these</source>
        <translation>Onde encontrar esses dados</translation>
    </message>
    <message>
        <source>In the Mimecast Administration console, go to Services → API and Platform Integrations and open the API 2.0 application of this integration (or add one). Its client ID and client secret are shown there; Mimecast shows a new client secret only once, when it is generated.</source>
        <translation>No console de administração do Mimecast, acesse Services → API and Platform Integrations e abra o aplicativo da API 2.0 desta integração (ou adicione um). O ID e o segredo do cliente aparecem ali; o Mimecast mostra um segredo novo apenas uma vez, quando ele é gerado.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Writing the CSV file failed: %1</source>
        <translation>Falha ao gravar o arquivo CSV: %1</translation>
    </message>
    <message>
        <source>The CSV file is not open for writing.</source>
        <translation>O arquivo CSV não está aberto para gravação.</translation>
    </message>
</context>
<context>
    <name>DemoServices</name>
    <message>
        <source>The demo data could not be loaded: %1</source>
        <translation>Não foi possível carregar os dados de demonstração: %1</translation>
    </message>
    <message>
        <source>The demo services could not listen on 127.0.0.1: %1</source>
        <translation>Os serviços de demonstração não conseguiram escutar em 127.0.0.1: %1</translation>
    </message>
</context>
<context>
    <name>DesktopRemedy</name>
    <message>
        <source>Mimecast Bridge keeps credentials in the Secret Service, which GNOME Keyring provides on this desktop. Install the packages gnome-keyring and libsecret-1-0, log out and log in again, and unlock the login keyring when asked (the Passwords and Keys application can also unlock it). Then restart Mimecast Bridge, because the keychain backend is chosen once at start-up.</source>
        <translation>O Mimecast Bridge guarda as credenciais no Secret Service, que neste ambiente de trabalho é fornecido pelo GNOME Keyring (Chaveiro do GNOME). Instale os pacotes gnome-keyring e libsecret-1-0, encerre a sessão e entre novamente, e desbloqueie o chaveiro de login quando for solicitado (o aplicativo Senhas e chaves também pode desbloqueá-lo). Depois, reinicie o Mimecast Bridge, porque o back-end do chaveiro do sistema é escolhido uma única vez, na inicialização.</translation>
    </message>
    <message>
        <source>Mimecast Bridge keeps credentials in KWallet or in another Secret Service provider. In System Settings, open KDE Wallet, enable the KDE wallet subsystem and make sure a wallet exists and is open. Alternatively, install a Secret Service provider such as gnome-keyring. Then restart Mimecast Bridge, because the keychain backend is chosen once at start-up.</source>
        <translation>O Mimecast Bridge guarda as credenciais no KWallet ou em outro provedor do Secret Service. Nas Configurações do sistema, abra Carteira do KDE, ative o subsistema de carteiras do KDE e verifique se existe uma carteira e se ela está aberta. Como alternativa, instale um provedor do Secret Service, como o gnome-keyring. Depois, reinicie o Mimecast Bridge, porque o back-end do chaveiro do sistema é escolhido uma única vez, na inicialização.</translation>
    </message>
    <message>
        <source>Mimecast Bridge keeps credentials in Windows Credential Manager. Sign in with your own user account and check that your organization&apos;s policy allows saving credentials in Credential Manager. Then try again.</source>
        <translation>O Mimecast Bridge guarda as credenciais no Gerenciador de Credenciais do Windows. Entre com a sua própria conta de usuário e verifique se a política da sua organização permite salvar credenciais no Gerenciador de Credenciais. Depois, tente novamente.</translation>
    </message>
    <message>
        <source>Mimecast Bridge keeps credentials in the macOS Keychain. Open Keychain Access, unlock the login keychain, and choose Allow when Mimecast Bridge asks for access. Then try again.</source>
        <translation>O Mimecast Bridge guarda as credenciais nas Chaves do macOS (Keychain). Abra o Acesso às Chaves, desbloqueie o chaveiro de início de sessão e escolha Permitir quando o Mimecast Bridge pedir acesso. Depois, tente novamente.</translation>
    </message>
    <message>
        <source>No known desktop was detected, so no Secret Service provider may be running. On a desktop, install gnome-keyring or enable KWallet, then log out and log in again. On a server, over SSH or in a container, start GNOME Keyring in a D-Bus session and run Mimecast Bridge in that session:
%1</source>
        <extracomment>%1 is a block of shell commands; keep it unchanged.</extracomment>
        <translation>Nenhum ambiente de trabalho conhecido foi detectado, então talvez nenhum provedor do Secret Service esteja em execução. Em um ambiente de trabalho, instale o gnome-keyring ou ative o KWallet e, em seguida, encerre a sessão e entre novamente. Em um servidor, via SSH ou em um contêiner, inicie o GNOME Keyring em uma sessão D-Bus e execute o Mimecast Bridge nessa sessão:
%1</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Choose where the bridge delivers the alerts.</source>
        <translation>Escolha para onde o Bridge entrega os alertas.</translation>
    </message>
    <message>
        <source>Sophos &amp;Central case, one per alert</source>
        <translation>Caso no Sophos &amp;Central, um por alerta</translation>
    </message>
    <message>
        <source>Sophos Central case</source>
        <translation>Caso no Sophos Central</translation>
    </message>
    <message>
        <source>&amp;HTTPS ingest, batches of alerts to a collector URL</source>
        <translation>Ingestão &amp;HTTPS, lotes de alertas para a URL de um coletor</translation>
    </message>
    <message>
        <source>HTTPS ingest</source>
        <translation>Ingestão HTTPS</translation>
    </message>
    <message>
        <source>&amp;JSON Lines file, one alert per line</source>
        <translation>Arquivo &amp;JSON Lines, um alerta por linha</translation>
    </message>
    <message>
        <source>JSON Lines file</source>
        <translation>Arquivo JSON Lines</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID do cliente:</translation>
    </message>
    <message>
        <source>Sophos Central client ID</source>
        <translation>ID do cliente do Sophos Central</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Segredo do cliente:</translation>
    </message>
    <message>
        <source>Sophos Central client secret</source>
        <translation>Segredo do cliente do Sophos Central</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>M&amp;ostrar</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Mostrar o segredo do cliente</translation>
    </message>
    <message>
        <source>&amp;Advanced: identity and API URLs</source>
        <translation>Ava&amp;nçado: URLs de identidade e da API</translation>
    </message>
    <message>
        <source>Show the identity and API URLs</source>
        <translation>Mostrar as URLs de identidade e da API</translation>
    </message>
    <message>
        <source>I&amp;dentity URL:</source>
        <translation>URL de i&amp;dentidade:</translation>
    </message>
    <message>
        <source>Sophos Central identity URL</source>
        <translation>URL de identidade do Sophos Central</translation>
    </message>
    <message>
        <source>API U&amp;RL:</source>
        <translation>U&amp;RL da API:</translation>
    </message>
    <message>
        <source>Sophos Central API URL</source>
        <translation>URL da API do Sophos Central</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testar</translation>
    </message>
    <message>
        <source>Test the Sophos Central credentials</source>
        <translation>Testar as credenciais do Sophos Central</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>&amp;Cancelar teste</translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation>Cancelar o teste</translation>
    </message>
    <message>
        <source>Test progress</source>
        <translation>Progresso do teste</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Resultado do teste</translation>
    </message>
    <message>
        <source>Filter tenants</source>
        <translation>Filtrar locatários</translation>
    </message>
    <message>
        <source>Name, ID or data region</source>
        <translation>Nome, ID ou região de dados</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Locatários</translation>
    </message>
    <message>
        <source>Ingest &amp;URL:</source>
        <translation>&amp;URL de ingestão:</translation>
    </message>
    <message>
        <source>Ingest URL</source>
        <translation>URL de ingestão</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>Ingest &amp;key:</source>
        <translation>&amp;Chave de ingestão:</translation>
    </message>
    <message>
        <source>Ingest key</source>
        <translation>Chave de ingestão</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>M&amp;ostrar</translation>
    </message>
    <message>
        <source>Show the ingest key</source>
        <translation>Mostrar a chave de ingestão</translation>
    </message>
    <message>
        <source>Ingest settings problem</source>
        <translation>Problema nas configurações de ingestão</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Choose the JSON Lines file</source>
        <translation>Escolher o arquivo JSON Lines</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>Problema no arquivo</translation>
    </message>
    <message>
        <source>&amp;Find tenant:</source>
        <translation>&amp;Buscar locatário:</translation>
    </message>
</context>
<context>
    <name>DestinationSetup</name>
    <message>
        <source>The jsonl destination needs --output-file.</source>
        <translation>O destino jsonl precisa de --output-file.</translation>
    </message>
    <message>
        <source>The https destination needs --ingest-url.</source>
        <translation>O destino https precisa de --ingest-url.</translation>
    </message>
    <message>
        <source>The tenant &quot;%1&quot; is not managed by this Sophos Central %2 account. Choose one of: %3.</source>
        <translation>O locatário &quot;%1&quot; não é gerenciado por esta conta do Sophos Central, do tipo %2. Escolha um destes: %3.</translation>
    </message>
    <message>
        <source>This Sophos Central %1 account manages several tenants. Choose the customer&apos;s tenant on the setup wizard&apos;s destination page or with --sophos-tenant: %2.</source>
        <translation>Esta conta %1 do Sophos Central gerencia vários locatários. Escolha o locatário do cliente na página de destino do assistente de configuração ou com --sophos-tenant: %2.</translation>
    </message>
</context>
<context>
    <name>ForgetCredentials</name>
    <message numerus="yes">
        <source>Removed %n credential(s) of profile &quot;%1&quot; from the keychain.</source>
        <translation>
            <numerusform>%n credencial do perfil &quot;%1&quot; foi removida do chaveiro do sistema.</numerusform>
            <numerusform>%n credenciais do perfil &quot;%1&quot; foram removidas do chaveiro do sistema.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpsIngestSink</name>
    <message>
        <source>Check the ingest key in the destination settings; the alerts are kept as failed and can be retried.</source>
        <translation>Verifique a chave de ingestão nas configurações do destino; os alertas são mantidos com status de falha e podem ser reenviados.</translation>
    </message>
    <message>
        <source>Check the ingest URL in the destination settings; the alerts are kept as failed and can be retried.</source>
        <translation>Verifique a URL de ingestão nas configurações do destino; os alertas são mantidos com status de falha e podem ser reenviados.</translation>
    </message>
    <message>
        <source>The destination limits the request rate; the alerts are sent again after the wait it asked for.</source>
        <translation>O destino limita a taxa de solicitações; os alertas serão reenviados após o tempo de espera indicado por ele.</translation>
    </message>
    <message>
        <source>The alerts are sent again with increasing delays.</source>
        <translation>Os alertas serão reenviados com intervalos crescentes.</translation>
    </message>
    <message>
        <source>The destination did not accept the content; the alerts are kept as failed and can be retried once the cause is fixed.</source>
        <translation>O destino não aceitou o conteúdo; os alertas são mantidos com status de falha e podem ser reenviados depois que a causa for corrigida.</translation>
    </message>
    <message>
        <source>The request limits of the HTTPS ingest destination must allow at least one alert and a non-empty body.</source>
        <translation>Os limites por solicitação do destino de ingestão HTTPS devem permitir pelo menos um alerta e um corpo não vazio.</translation>
    </message>
    <message>
        <source>The HTTPS ingest destination is busy; the alerts are sent again later.</source>
        <translation>O destino de ingestão HTTPS está ocupado; os alertas serão reenviados mais tarde.</translation>
    </message>
    <message>
        <source>Sending was cancelled; the alerts are sent again later.</source>
        <translation>O envio foi cancelado; os alertas serão reenviados mais tarde.</translation>
    </message>
    <message>
        <source>The alert is too large for the destination: %1 bytes of JSON, more than the limit of %2 bytes per request. It was not sent.</source>
        <translation>O alerta é grande demais para o destino: %1 bytes de JSON, acima do limite de %2 bytes por solicitação. Ele não foi enviado.</translation>
    </message>
    <message>
        <source>The alert is too large for the destination: %1%2 rejected it alone with HTTP 413 (%3 bytes). It is kept as failed; the other alerts are not affected.</source>
        <translation>O alerta é grande demais para o destino: %1%2 o rejeitou com HTTP 413 mesmo quando enviado sozinho (%3 bytes). Ele é mantido com status de falha; os outros alertas não são afetados.</translation>
    </message>
    <message>
        <source> The destination reported &quot;%1&quot;.</source>
        <translation> O destino informou &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The ingest endpoint %1%2 rejected %n alert(s) with HTTP %3.%4 %5</source>
        <translation>
            <numerusform>O endpoint de ingestão %1%2 rejeitou %n alerta com HTTP %3.%4 %5</numerusform>
            <numerusform>O endpoint de ingestão %1%2 rejeitou %n alertas com HTTP %3.%4 %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonLinesSink</name>
    <message>
        <source>Cannot write alerts to &quot;%1&quot;: the folder &quot;%2&quot; does not exist. Create the folder or choose another file in the destination settings.</source>
        <translation>Não é possível gravar alertas em &quot;%1&quot;: a pasta &quot;%2&quot; não existe. Crie a pasta ou escolha outro arquivo nas configurações do destino.</translation>
    </message>
    <message>
        <source>Writing alerts to &quot;%1&quot; failed: %2. Check the free disk space and the file&apos;s permissions; the alerts are written again later.</source>
        <translation>A gravação de alertas em &quot;%1&quot; falhou: %2. Verifique o espaço livre em disco e as permissões do arquivo; os alertas serão gravados novamente mais tarde.</translation>
    </message>
</context>
<context>
    <name>LogFile</name>
    <message>
        <source>The log file %1 cannot be opened: %2</source>
        <translation>Não é possível abrir o arquivo de log %1: %2</translation>
    </message>
</context>
<context>
    <name>MimecastAuth</name>
    <message>
        <source>The token request to %1 timed out after %2 seconds. Check the network connection and the base URL.</source>
        <translation>A solicitação de token para %1 atingiu o tempo limite após %2 segundos. Verifique a conexão de rede e a URL base.</translation>
    </message>
    <message>
        <source>Mimecast rejected the client ID or client secret (%1). Check the API 2.0 application&apos;s credentials in the Mimecast administration console.</source>
        <translation>O Mimecast rejeitou o ID do cliente ou o segredo do cliente (%1). Verifique as credenciais do aplicativo da API 2.0 no console de administração do Mimecast.</translation>
    </message>
    <message>
        <source>Invalid response from Mimecast for /oauth/token: HTTP 200 without an access token. Check the base URL and any proxy between this computer and Mimecast.</source>
        <translation>Resposta inválida do Mimecast para /oauth/token: HTTP 200 sem token de acesso. Verifique a URL base e qualquer proxy entre este computador e o Mimecast.</translation>
    </message>
    <message>
        <source>The token request was cancelled.</source>
        <translation>A solicitação de token foi cancelada.</translation>
    </message>
</context>
<context>
    <name>MimecastClient</name>
    <message>
        <source>The call was cancelled.</source>
        <translation>A chamada foi cancelada.</translation>
    </message>
    <message>
        <source>The call to %1%2 timed out after %3 seconds. Check the network connection, any proxy and the base URL; the background worker retries such calls with increasing delays.</source>
        <translation>A chamada para %1%2 esgotou o tempo após %3 segundos. Confira a conexão de rede, qualquer proxy e a URL base; o processo em segundo plano repete essas chamadas com intervalos crescentes.</translation>
    </message>
</context>
<context>
    <name>MimecastResponse</name>
    <message>
        <source>Invalid response from Mimecast for %1: HTTP %2, content type &quot;%3&quot;, starting with &quot;%4&quot;. The call is retried later; if this persists, check the base URL and any proxy between this computer and Mimecast.</source>
        <translation>Resposta inválida do Mimecast para %1: HTTP %2, tipo de conteúdo &quot;%3&quot;, começando com &quot;%4&quot;. A chamada será repetida mais tarde; se o problema persistir, verifique a URL base e qualquer proxy entre este computador e o Mimecast.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock differs from Mimecast&apos;s by %n minute(s); correct the system clock.</source>
        <translation>
            <numerusform>O relógio deste computador difere do relógio do Mimecast em %n minuto; corrija o relógio do sistema.</numerusform>
            <numerusform>O relógio deste computador difere do relógio do Mimecast em %n minutos; corrija o relógio do sistema.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mimecast rejected the request signature (%1). Check the application ID, application key, access key and secret key.</source>
        <translation>O Mimecast rejeitou a assinatura da solicitação (%1). Verifique o ID do aplicativo, a chave do aplicativo, a chave de acesso e a chave secreta.</translation>
    </message>
    <message>
        <source>Mimecast rejected the client ID or client secret (%1). Check the API 2.0 application&apos;s credentials in the Mimecast administration console.</source>
        <translation>O Mimecast rejeitou o ID do cliente ou o segredo do cliente (%1). Verifique as credenciais do aplicativo da API 2.0 no console de administração do Mimecast.</translation>
    </message>
    <message>
        <source>The API application lacks the %1 | Read permission (%2). Grant it to the application&apos;s role in Mimecast, or turn this log type off.</source>
        <translation>O aplicativo da API não tem a permissão %1 | Read (%2). Conceda-a à função do aplicativo no Mimecast ou desative este tipo de log.</translation>
    </message>
    <message>
        <source>Endpoint %1 not found (%2). Check the region or base URL.</source>
        <translation>Endpoint %1 não encontrado (%2). Verifique a região ou a URL base.</translation>
    </message>
    <message>
        <source>The API 1.0 access key binding has expired (%1). Create new access and secret keys for the service user and enter them again.</source>
        <translation>O vínculo da chave de acesso da API 1.0 expirou (%1). Gere uma nova chave de acesso e uma nova chave secreta para o usuário de serviço e informe-as novamente.</translation>
    </message>
    <message>
        <source>Mimecast&apos;s rate limit was reached (%1).</source>
        <translation>O limite de taxa do Mimecast foi atingido (%1).</translation>
    </message>
    <message>
        <source>Mimecast returned a server error (%1). The call is retried with increasing delays.</source>
        <translation>O Mimecast retornou um erro de servidor (%1). A chamada será repetida com intervalos crescentes.</translation>
    </message>
    <message>
        <source>Mimecast rejected the request to %1 (%2).</source>
        <translation>O Mimecast rejeitou a solicitação para %1 (%2).</translation>
    </message>
    <message>
        <source>Mimecast reported an error for %1: %2. The call is retried later.</source>
        <translation>O Mimecast informou um erro para %1: %2. A chamada será repetida mais tarde.</translation>
    </message>
    <message>
        <source>Mimecast reported an error for %1: %2. Correct the request or the account settings; it is not retried automatically.</source>
        <translation>O Mimecast informou um erro para %1: %2. Corrija a solicitação ou as configurações da conta; ela não será repetida automaticamente.</translation>
    </message>
</context>
<context>
    <name>NetworkSettings</name>
    <message>
        <source>(unknown proxy)</source>
        <translation>(proxy desconhecido)</translation>
    </message>
    <message>
        <source>The CA bundle file %1 does not exist. Choose the PEM file with the CA certificate of the proxy that inspects TLS traffic.</source>
        <translation>O arquivo do pacote de CAs %1 não existe. Escolha o arquivo PEM com o certificado de CA do proxy que inspeciona o tráfego TLS.</translation>
    </message>
    <message>
        <source>The CA bundle file %1 cannot be read: %2. Check the file permissions.</source>
        <translation>Não é possível ler o arquivo do pacote de CAs %1: %2. Verifique as permissões do arquivo.</translation>
    </message>
    <message>
        <source>The CA bundle file %1 contains no PEM certificate. Export the CA certificate in PEM format, the text that starts with &quot;-----BEGIN CERTIFICATE-----&quot;.</source>
        <translation>O arquivo do pacote de CAs %1 não contém nenhum certificado PEM. Exporte o certificado de CA no formato PEM, o texto que começa com &quot;-----BEGIN CERTIFICATE-----&quot;.</translation>
    </message>
    <message>
        <source>The certificate of %1, issued by &quot;%2&quot;, is not trusted: %3. If a proxy inspects TLS traffic, add its CA certificate with the CA bundle setting.</source>
        <translation>O certificado de %1, emitido por &quot;%2&quot;, não é confiável: %3. Se um proxy inspecionar o tráfego TLS, adicione o certificado de CA dele na configuração do pacote de CAs.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2. If a proxy inspects TLS traffic, add its CA certificate with the CA bundle setting.</source>
        <translation>O certificado de %1 não é confiável: %2. Se um proxy inspecionar o tráfego TLS, adicione o certificado de CA dele na configuração do pacote de CAs.</translation>
    </message>
    <message>
        <source>The certificate chain of %1 contains a CA certificate that is not valid for this purpose: %2. If a proxy inspects TLS traffic, ask its administrator for a CA certificate marked as a CA for server certificates.</source>
        <translation>A cadeia de certificados de %1 contém um certificado de CA que não é válido para esta finalidade: %2. Se um proxy inspecionar o tráfego TLS, peça ao administrador dele um certificado de CA marcado como CA para certificados de servidor.</translation>
    </message>
    <message>
        <source>The certificate of %1 is outside its validity period: %2. Check the date and time of this computer.</source>
        <translation>O certificado de %1 está fora do período de validade: %2. Verifique a data e a hora deste computador.</translation>
    </message>
    <message>
        <source>The certificate of %1 is issued for another host name: %2. Check the base URL.</source>
        <translation>O certificado de %1 foi emitido para outro nome de host: %2. Verifique a URL base.</translation>
    </message>
    <message>
        <source>The certificate of %1 was rejected: %2. The connection is not made while the certificate check fails.</source>
        <translation>O certificado de %1 foi rejeitado: %2. A conexão não será estabelecida enquanto a verificação do certificado falhar.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. If a proxy inspects TLS traffic, add its CA certificate with the CA bundle setting.</source>
        <translation>A conexão segura com %1 falhou: %2. Se um proxy inspecionar o tráfego TLS, adicione o certificado de CA dele na configuração do pacote de CAs.</translation>
    </message>
    <message>
        <source>The proxy %1 rejected the credentials (HTTP 407) of user %2. Correct the proxy user name and password in the network settings.</source>
        <translation>O proxy %1 rejeitou as credenciais (HTTP 407) do usuário %2. Corrija o nome de usuário e a senha do proxy nas configurações de rede.</translation>
    </message>
    <message>
        <source>The proxy %1 requires authentication (HTTP 407), but no proxy credentials are configured. Configure the proxy user name and password in the network settings.</source>
        <translation>O proxy %1 exige autenticação (HTTP 407), mas nenhuma credencial de proxy está configurada. Configure o nome de usuário e a senha do proxy nas configurações de rede.</translation>
    </message>
    <message>
        <source>The connection to %1 through the proxy %2 failed: %3. Check the proxy settings.</source>
        <translation>A conexão com %1 pelo proxy %2 falhou: %3. Verifique as configurações de proxy.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2. Check the network connection, the proxy settings and the base URL.</source>
        <translation>A conexão com %1 falhou: %2. Verifique a conexão de rede, as configurações de proxy e a URL base.</translation>
    </message>
    <message>
        <source>The manual proxy needs a host name and a port. Enter both or choose the system proxy.</source>
        <translation>O proxy manual precisa de um nome de host e de uma porta. Informe os dois ou escolha o proxy do sistema.</translation>
    </message>
</context>
<context>
    <name>NetworkSetup</name>
    <message>
        <source>The manual proxy needs a host and a port. Set network/proxyHost and network/proxyPort in the profile, or use the system proxy.</source>
        <translation>O proxy manual precisa de um host e de uma porta. Defina network/proxyHost e network/proxyPort no perfil ou use o proxy do sistema.</translation>
    </message>
</context>
<context>
    <name>OnboardingSession</name>
    <message>
        <source>Choose the account&apos;s region or enter its base URL.</source>
        <translation>Escolha a região da conta ou informe a URL base dela.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Preencha o campo %1.</translation>
    </message>
</context>
<context>
    <name>PreviewCommand</name>
    <message>
        <source>%1: rate limited until %2.</source>
        <translation>%1: limite de taxa atingido; aguardando até %2.</translation>
    </message>
    <message>
        <source>%1: %2 Retrying at %3.</source>
        <translation>%1: %2 Nova tentativa às %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rejected %1 record: %2</source>
        <translation>Registro %1 rejeitado: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Alert type</source>
        <translation>Tipo de alerta</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Ameaça</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>Subject / detail</source>
        <translation>Assunto / detalhe</translation>
    </message>
</context>
<context>
    <name>PreviewCounters</name>
    <message>
        <source>Fetched: %1 · Clean: %2 · Rejected: %3 · Alerts: %4</source>
        <extracomment>Counters of the preview. %1 to %4 are numbers already formatted for the locale.</extracomment>
        <translation>Obtidos: %1 · Limpos: %2 · Rejeitados: %3 · Alertas: %4</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview recent alerts</source>
        <translation>Prévia dos alertas recentes</translation>
    </message>
    <message>
        <source>Fetch the customer&apos;s recent threat logs to see which alerts the bridge would deliver. The preview is optional.</source>
        <translation>Busque os logs de ameaça recentes do cliente para ver quais alertas o Bridge entregaria. A prévia é opcional.</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Load alerts</source>
        <translation>Carregar alertas</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Carregar</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Parar o carregamento</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progresso do carregamento</translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation>Situação do carregamento</translation>
    </message>
    <message>
        <source>Record counters</source>
        <translation>Contadores de registros</translation>
    </message>
    <message>
        <source>Loading errors</source>
        <translation>Erros de carregamento</translation>
    </message>
    <message>
        <source>Show attachment alerts</source>
        <translation>Mostrar alertas de anexo</translation>
    </message>
    <message>
        <source>&amp;Attachment</source>
        <translation>A&amp;nexo</translation>
    </message>
    <message>
        <source>Show impersonation alerts</source>
        <translation>Mostrar alertas de falsificação de identidade</translation>
    </message>
    <message>
        <source>&amp;Impersonation</source>
        <translation>&amp;Falsificação de identidade</translation>
    </message>
    <message>
        <source>Show URL alerts</source>
        <translation>Mostrar alertas de URL</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Search alerts</source>
        <translation>Buscar alertas</translation>
    </message>
    <message>
        <source>Sender, recipient, subject, URL, threat ID…</source>
        <translation>Remetente, destinatário, assunto, URL, ID da ameaça…</translation>
    </message>
    <message>
        <source>Export the shown alerts as CSV</source>
        <translation>Exportar os alertas exibidos como CSV</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Mapping explanation</source>
        <translation>Explicação do mapeamento</translation>
    </message>
    <message>
        <source>Select an alert to see how it was mapped and its original record.</source>
        <translation>Selecione um alerta para ver como ele foi mapeado e o registro original.</translation>
    </message>
    <message>
        <source>Original Mimecast record</source>
        <translation>Registro original do Mimecast</translation>
    </message>
    <message>
        <source>Time &amp;range:</source>
        <translation>Perío&amp;do:</translation>
    </message>
</context>
<context>
    <name>ProfileSettings</name>
    <message>
        <source>Cannot create the folder for &quot;%1&quot;. Check the permissions of the configuration folder.</source>
        <translation>Não é possível criar a pasta de &quot;%1&quot;. Verifique as permissões da pasta de configuração.</translation>
    </message>
    <message>
        <source>Cannot write the profile settings &quot;%1&quot;. Check the permissions and free disk space.</source>
        <translation>Não é possível gravar as configurações do perfil &quot;%1&quot;. Verifique as permissões e o espaço livre em disco.</translation>
    </message>
</context>
<context>
    <name>RecordProcessor</name>
    <message>
        <source>%1 record: alert type &quot;%2&quot;, table row &quot;%3&quot; gives %4.</source>
        <translation>Registro %1: tipo de alerta &quot;%2&quot;; a linha &quot;%3&quot; da tabela resulta em %4.</translation>
    </message>
    <message>
        <source>url record without ttpDefinition: creationMethod = &quot;%1&quot;, table row &quot;%2&quot; gives %3.</source>
        <translation>Registro url sem ttpDefinition: creationMethod = &quot;%1&quot;; a linha &quot;%2&quot; da tabela resulta em %3.</translation>
    </message>
    <message>
        <source>url record without ttpDefinition: creationMethod = &quot;%1&quot;, no table row, so the category default &quot;%2&quot; gives %3.</source>
        <translation>Registro url sem ttpDefinition: creationMethod = &quot;%1&quot;; sem linha na tabela, o padrão da categoria &quot;%2&quot; resulta em %3.</translation>
    </message>
    <message>
        <source>url record: reason = &quot;%1&quot;, table row &quot;%2&quot; gives %3.</source>
        <translation>Registro url: reason = &quot;%1&quot;; a linha &quot;%2&quot; da tabela resulta em %3.</translation>
    </message>
    <message>
        <source>url record: reason = &quot;%1&quot;, no table row, so the category default &quot;%2&quot; gives %3.</source>
        <translation>Registro url: reason = &quot;%1&quot;; sem linha na tabela, o padrão da categoria &quot;%2&quot; resulta em %3.</translation>
    </message>
    <message>
        <source>url record: ttpDefinition = &quot;%1&quot;, table row &quot;%2&quot; gives %3.</source>
        <translation>Registro url: ttpDefinition = &quot;%1&quot;; a linha &quot;%2&quot; da tabela resulta em %3.</translation>
    </message>
    <message>
        <source>url record: ttpDefinition = &quot;%1&quot;, no table row, so the category default &quot;%2&quot; gives %3.</source>
        <translation>Registro url: ttpDefinition = &quot;%1&quot;; sem linha na tabela, o padrão da categoria &quot;%2&quot; resulta em %3.</translation>
    </message>
</context>
<context>
    <name>RecordValidation</name>
    <message>
        <source>The element is not a log record of this type.</source>
        <translation>O elemento não é um registro de log deste tipo.</translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing or empty.</source>
        <translation>O campo obrigatório &quot;%1&quot; está ausente ou vazio.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has the wrong type.</source>
        <translation>O campo &quot;%1&quot; é de um tipo incorreto.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a valid date and time.</source>
        <translation>O campo &quot;%1&quot; não é uma data e hora válida.</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>Global (automatic fail-over)</source>
        <translation>Global (failover automático)</translation>
    </message>
    <message>
        <source>United Kingdom (pinned)</source>
        <translation>Reino Unido (fixo)</translation>
    </message>
    <message>
        <source>United States (pinned)</source>
        <translation>Estados Unidos (fixo)</translation>
    </message>
    <message>
        <source>Europe (excluding Germany)</source>
        <translation>Europa (exceto Alemanha)</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemanha</translation>
    </message>
    <message>
        <source>United States, grid A</source>
        <translation>Estados Unidos, grid A</translation>
    </message>
    <message>
        <source>United States, grid B</source>
        <translation>Estados Unidos, grid B</translation>
    </message>
    <message>
        <source>United States public sector</source>
        <translation>Estados Unidos, setor público</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>África do Sul</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Austrália</translation>
    </message>
    <message>
        <source>Offshore (jer-api host)</source>
        <translation>Offshore (host jer-api)</translation>
    </message>
    <message>
        <source>Offshore (je-api host)</source>
        <translation>Offshore (host je-api)</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain operation succeeded.</source>
        <translation>A operação no chaveiro do sistema foi concluída com êxito.</translation>
    </message>
    <message>
        <source>No credentials are stored for this profile. Store them first.</source>
        <translation>Nenhuma credencial está armazenada para este perfil. Armazene-as primeiro.</translation>
    </message>
    <message>
        <source>No keychain service is available. Install and start a Secret Service provider such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Nenhum serviço de chaveiro do sistema está disponível. Instale e inicie um provedor do Secret Service, como o GNOME Keyring ou o KWallet, e tente novamente.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied or the keyring is locked. Unlock the keyring and allow access, then try again.</source>
        <translation>O acesso ao chaveiro do sistema foi negado ou o chaveiro está bloqueado. Desbloqueie o chaveiro e permita o acesso; depois, tente novamente.</translation>
    </message>
    <message>
        <source>The value is too large for the keychain. Check that the right value was pasted.</source>
        <translation>O valor é grande demais para o chaveiro do sistema. Verifique se o valor correto foi colado.</translation>
    </message>
    <message>
        <source>The keychain reported an error. See the log for details.</source>
        <translation>O chaveiro do sistema informou um erro. Consulte o log para ver os detalhes.</translation>
    </message>
</context>
<context>
    <name>SophosAuth</name>
    <message>
        <source>no access token in the response</source>
        <translation>a resposta não contém um token de acesso</translation>
    </message>
    <message>
        <source> If you contact Sophos support, quote %1.</source>
        <translation> Se você entrar em contato com o suporte da Sophos, informe %1.</translation>
    </message>
    <message>
        <source>Sophos Central did not issue a token: %1%2 answered HTTP %3%4. Check the client ID and client secret of the API credential in Sophos Central under Global Settings, API Credentials Management.%5</source>
        <translation>O Sophos Central não emitiu um token: %1%2 respondeu HTTP %3%4. Verifique o ID do cliente e o segredo do cliente da credencial de API no Sophos Central, em Global Settings, API Credentials Management.%5</translation>
    </message>
</context>
<context>
    <name>SophosCaseSink</name>
    <message>
        <source>The Sophos Central case destination is busy or not configured; the alert is sent again later.</source>
        <translation>O destino de casos do Sophos Central está ocupado ou não está configurado; o alerta será reenviado mais tarde.</translation>
    </message>
    <message>
        <source>Sending was cancelled; the alert is sent again later.</source>
        <translation>O envio foi cancelado; o alerta será reenviado mais tarde.</translation>
    </message>
    <message>
        <source>Could not check whether a case for this alert already exists, so none was created; it is tried again later. %1</source>
        <translation>Não foi possível verificar se já existe um caso para este alerta, por isso nenhum caso foi criado; uma nova tentativa será feita mais tarde. %1</translation>
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
        <translation>URL do serviço de identidade da Sophos</translation>
    </message>
    <message>
        <source>Sophos Central API URL</source>
        <translation>URL da API do Sophos Central</translation>
    </message>
    <message>
        <source>id, idType or apiHosts missing or unknown</source>
        <translation>id, idType ou apiHosts ausente ou desconhecido</translation>
    </message>
    <message>
        <source>the body is not a JSON object (%1)</source>
        <translation>o corpo não é um objeto JSON (%1)</translation>
    </message>
</context>
<context>
    <name>SophosError</name>
    <message>
        <source> Sophos reported &quot;%1&quot;.</source>
        <translation> A Sophos informou &quot;%1&quot;.</translation>
    </message>
    <message>
        <source> If you contact Sophos support, quote %1.</source>
        <translation> Se você entrar em contato com o suporte da Sophos, informe %1.</translation>
    </message>
    <message>
        <source>Check the client ID and client secret of the Sophos Central API credential, and create a new credential if it was deleted or its secret was renewed.</source>
        <translation>Verifique o ID do cliente e o segredo do cliente da credencial de API do Sophos Central e crie uma nova credencial se ela tiver sido excluída ou se o segredo dela tiver sido renovado.</translation>
    </message>
    <message>
        <source>Give the API credential a role that allows this call (creating cases needs a Service Principal Super Admin role) and check that the tenant ID belongs to this account.</source>
        <translation>Atribua à credencial de API uma função que permita esta chamada (a criação de casos exige a função Service Principal Super Admin) e verifique se o ID do locatário pertence a esta conta.</translation>
    </message>
    <message>
        <source>Check the tenant ID and its API host; pick the tenant again after a tenant was moved or removed.</source>
        <translation>Verifique o ID do locatário e o host de API dele; escolha o locatário novamente se ele tiver sido movido ou removido.</translation>
    </message>
    <message>
        <source>Sophos Central limits the request rate; the call is retried after the wait it asked for.</source>
        <translation>O Sophos Central limita a taxa de solicitações; a chamada será repetida após o tempo de espera indicado por ele.</translation>
    </message>
    <message>
        <source>This is a problem on the Sophos side; the call is retried with increasing delays.</source>
        <translation>Este é um problema do lado da Sophos; a chamada será repetida com intervalos crescentes.</translation>
    </message>
    <message>
        <source>Check the response and the API URL settings.</source>
        <translation>Verifique a resposta e as configurações de URL da API.</translation>
    </message>
    <message>
        <source>Sophos Central rejected %1%2 with HTTP %3.%4 %5%6</source>
        <translation>O Sophos Central rejeitou a solicitação para %1%2 com HTTP %3.%4 %5%6</translation>
    </message>
    <message>
        <source>Invalid response from Sophos Central for %1%2: HTTP %3, %4. The call is retried later; if this persists, check the API URL and any proxy between this computer and Sophos.</source>
        <translation>Resposta inválida do Sophos Central para %1%2: HTTP %3, %4. A chamada será repetida mais tarde; se o problema persistir, verifique a URL da API e qualquer proxy entre este computador e a Sophos.</translation>
    </message>
    <message>
        <source>The call to %1%2 timed out after %3 seconds. Check the network connection and the proxy settings; the call is retried later.</source>
        <translation>A chamada para %1%2 atingiu o tempo limite após %3 segundos. Verifique a conexão de rede e as configurações de proxy; a chamada será repetida mais tarde.</translation>
    </message>
    <message>
        <source>The call to %1%2 was cancelled.</source>
        <translation>A chamada para %1%2 foi cancelada.</translation>
    </message>
    <message>
        <source>The connection to %1 for %2 failed: %3. Check the network connection, the proxy settings and the URL; the call is retried later.</source>
        <translation>A conexão com %1 para %2 falhou: %3. Verifique a conexão de rede, as configurações de proxy e a URL; a chamada será repetida mais tarde.</translation>
    </message>
    <message>
        <source>Sophos did not accept the request content. Correct the cause named above; an alert that was refused is kept as failed and can be delivered again once it is fixed.</source>
        <translation>A Sophos não aceitou o conteúdo da solicitação. Corrija a causa indicada acima; um alerta recusado fica marcado como falho e pode ser entregue novamente depois da correção.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. If a proxy inspects TLS traffic, add its CA certificate with the CA bundle setting; certificate errors are never ignored.</source>
        <translation>A conexão segura com %1 falhou: %2. Se um proxy inspeciona o tráfego TLS, adicione o certificado da CA dele na configuração de pacote de CAs; erros de certificado nunca são ignorados.</translation>
    </message>
</context>
<context>
    <name>StateStore</name>
    <message>
        <source>Cannot open the state database %1: %2. Check that no other copy of the app is using it and that you may read and write the file.</source>
        <translation>Não é possível abrir o banco de dados de estado %1: %2. Verifique se nenhuma outra cópia do aplicativo o está usando e se você tem permissão de leitura e gravação no arquivo.</translation>
    </message>
    <message>
        <source>The file %1 is not a Mimecast Bridge state database: it contains tables of another application. Move the file away or choose another data folder.</source>
        <translation>O arquivo %1 não é um banco de dados de estado do Mimecast Bridge: ele contém tabelas de outro aplicativo. Mova o arquivo para outro local ou escolha outra pasta de dados.</translation>
    </message>
    <message>
        <source>The state database %1 was written by a newer version of Mimecast Bridge (schema version %2, this version reads up to %3). Use a newer version of the app. The file was left unchanged.</source>
        <translation>O banco de dados de estado %1 foi gravado por uma versão mais recente do Mimecast Bridge (versão de esquema %2; esta versão lê até a versão %3). Use uma versão mais recente do aplicativo. O arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>Cannot upgrade the state database %1 to schema version %2: %3. The file stays at schema version %4.</source>
        <translation>Não é possível atualizar o banco de dados de estado %1 para a versão de esquema %2: %3. O arquivo permanece na versão de esquema %4.</translation>
    </message>
    <message>
        <source>Cannot create the state database in the folder %1: %2. Check that the folder is writable.</source>
        <translation>Não é possível criar o banco de dados de estado na pasta %1: %2. Verifique se você tem permissão de gravação na pasta.</translation>
    </message>
    <message>
        <source>Cannot open the state database %1: the connection name %2 is already in use in this process.</source>
        <translation>Não é possível abrir o banco de dados de estado %1: o nome de conexão %2 já está em uso neste processo.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the state database. Check that its parent folder is writable.</source>
        <translation>Não é possível criar a pasta %1 para o banco de dados de estado. Verifique se você tem permissão de gravação na pasta pai.</translation>
    </message>
    <message>
        <source>The state database %1 is damaged (%2) and could not be renamed (%3). Move the file away yourself, then start again.</source>
        <translation>O banco de dados de estado %1 está danificado (%2) e não pôde ser renomeado (%3). Mova o arquivo para outro local manualmente e inicie novamente.</translation>
    </message>
    <message>
        <source>The state database %1 was damaged (%2). It was renamed to %3 and a new, empty database was created: checkpoints, the delivery queue and the list of alerts already seen start empty.</source>
        <translation>O banco de dados de estado %1 estava danificado (%2). Ele foi renomeado para %3 e um novo banco de dados vazio foi criado: os pontos de controle, a fila de saída e a lista de alertas já vistos começam vazios.</translation>
    </message>
    <message>
        <source>The new state database %1 failed its integrity check (%2). Check the disk and the folder.</source>
        <translation>O novo banco de dados de estado %1 não passou na verificação de integridade (%2). Verifique o disco e a pasta.</translation>
    </message>
</context>
<context>
    <name>StoreCredentials</name>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>Nada foi armazenado: %1</translation>
    </message>
    <message>
        <source>PASS %1: %2</source>
        <translation>OK %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Stored %n credential(s) of profile &quot;%1&quot; in the keychain.</source>
        <translation>
            <numerusform>%n credencial do perfil &quot;%1&quot; foi armazenada no chaveiro do sistema.</numerusform>
            <numerusform>%n credenciais do perfil &quot;%1&quot; foram armazenadas no chaveiro do sistema.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing to the keychain failed (%1); restoring the previous values.</source>
        <translation>A gravação no chaveiro do sistema falhou (%1); restaurando os valores anteriores.</translation>
    </message>
    <message>
        <source>PASS sophos: The Sophos Central credentials belong to a %1 account.</source>
        <translation>OK sophos: As credenciais do Sophos Central pertencem a uma conta do tipo %1.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Check the profile, then choose Finish to store the credentials and save it.</source>
        <translation>Confira o perfil e escolha Concluir para guardar as credenciais e salvá-lo.</translation>
    </message>
    <message>
        <source>&amp;Profile name:</source>
        <translation>&amp;Nome do perfil:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nome do perfil</translation>
    </message>
    <message>
        <source>Profile name status</source>
        <translation>Situação do nome do perfil</translation>
    </message>
    <message>
        <source>Poll &amp;interval:</source>
        <translation>&amp;Intervalo entre consultas:</translation>
    </message>
    <message>
        <source>Poll interval in minutes</source>
        <translation>Intervalo entre consultas em minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Backfill on first start:</source>
        <translation>&amp;Histórico na primeira execução:</translation>
    </message>
    <message>
        <source>Backfill on first start in hours</source>
        <translation>Histórico na primeira execução, em horas</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;What will be stored:</source>
        <translation>&amp;O que será guardado:</translation>
    </message>
    <message>
        <source>Summary of the profile</source>
        <translation>Resumo do perfil</translation>
    </message>
    <message>
        <source>Demo mode: no secret is written to the keychain. The public demo credentials are filled in again at each start.</source>
        <translation>Modo de demonstração: nenhum segredo é gravado no chaveiro do sistema. As credenciais públicas de demonstração são preenchidas de novo a cada início.</translation>
    </message>
    <message>
        <source>Demo mode note</source>
        <translation>Aviso do modo de demonstração</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Chaveiro do sistema indisponível</translation>
    </message>
    <message>
        <source>Keep the credentials for this session only</source>
        <translation>Manter as credenciais apenas nesta sessão</translation>
    </message>
    <message>
        <source>&amp;Keep the credentials for this session only</source>
        <translation>&amp;Manter as credenciais apenas nesta sessão</translation>
    </message>
    <message>
        <source>Saving progress</source>
        <translation>Progresso do salvamento</translation>
    </message>
    <message>
        <source>Saving status</source>
        <translation>Situação do salvamento</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Stopping…</source>
        <translation>Encerrando…</translation>
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
        <translation>A atualização da fila de saída falhou: %1. A entrega aguardará a próxima consulta.</translation>
    </message>
    <message>
        <source>Recording delivered alerts failed: %1.</source>
        <translation>Não foi possível registrar os alertas como entregues: %1.</translation>
    </message>
    <message>
        <source>Saving the collected alerts of log type %1 failed: %2. They are fetched again at the next poll.</source>
        <translation>Falha ao salvar os alertas coletados do tipo de log %1: %2. Eles serão buscados novamente na próxima consulta.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) could not be delivered and were parked: %1</source>
        <translation>
            <numerusform>%n alerta não pôde ser entregue e foi retido: %1</numerusform>
            <numerusform>%n alertas não puderam ser entregues e foram retidos: %1</numerusform>
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
        <translation>A entrada terminou antes que %1 fosse informado.</translation>
    </message>
    <message>
        <source>Line %1 of standard input is not NAME=value with NAME one of %2.</source>
        <translation>A linha %1 da entrada padrão não está no formato NOME=valor, com NOME sendo um destes: %2.</translation>
    </message>
    <message>
        <source>%1 is missing. Set the environment variable or give a %1=value line on standard input.</source>
        <translation>%1 está ausente. Defina a variável de ambiente ou informe uma linha %1=valor na entrada padrão.</translation>
    </message>
</context>
<context>
    <name>ThreatMapping</name>
    <message>
        <source>Line %1 of the mapping table: %2</source>
        <translation>Linha %1 da tabela de mapeamento: %2</translation>
    </message>
    <message>
        <source>not a JSON object.</source>
        <translation>não é um objeto JSON.</translation>
    </message>
    <message>
        <source>&quot;alertType&quot;, &quot;threatId&quot; and &quot;threatName&quot; must be non-empty strings.</source>
        <translation>&quot;alertType&quot;, &quot;threatId&quot; e &quot;threatName&quot; devem ser strings não vazias.</translation>
    </message>
    <message>
        <source>the alert type &quot;%1&quot; is listed twice.</source>
        <translation>o tipo de alerta &quot;%1&quot; aparece duas vezes.</translation>
    </message>
    <message>
        <source>The mapping table is empty.</source>
        <translation>A tabela de mapeamento está vazia.</translation>
    </message>
    <message>
        <source>Cannot read the mapping table &quot;%1&quot;: %2</source>
        <translation>Não é possível ler a tabela de mapeamento &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1: %2 The previous table stays in force.</source>
        <translation>%1: %2 A tabela anterior continua em vigor.</translation>
    </message>
</context>
<context>
    <name>TtpLogFetcher</name>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>%1 Operação abandonada após %n tentativa.</numerusform>
            <numerusform>%1 Operação abandonada após %n tentativas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>The URL &quot;%1&quot; is not valid. Enter a URL such as https://api.services.mimecast.com.</source>
        <translation>A URL &quot;%1&quot; não é válida. Informe uma URL como https://api.services.mimecast.com.</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; contains a user name or password. Remove them; credentials are entered separately.</source>
        <translation>A URL &quot;%1&quot; contém um nome de usuário ou uma senha. Remova-os; as credenciais são informadas separadamente.</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; uses plain http, which is allowed only for this computer (127.0.0.1, ::1 or localhost). Use an https URL.</source>
        <translation>A URL &quot;%1&quot; usa http sem criptografia, o que só é permitido para este computador (127.0.0.1, ::1 ou localhost). Use uma URL https.</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; has the unsupported scheme &quot;%2&quot;. Use an https URL.</source>
        <translation>A URL &quot;%1&quot; usa o esquema &quot;%2&quot;, que não tem suporte. Use uma URL https.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Mimecast Bridge</source>
        <translation>Boas-vindas ao Mimecast Bridge</translation>
    </message>
    <message>
        <source>Set up the alert feed of one customer.</source>
        <translation>Configure o envio de alertas de um cliente.</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introdução</translation>
    </message>
    <message>
        <source>This wizard connects a customer&apos;s Mimecast account to Sophos Central. You enter the customer&apos;s Mimecast API credentials, test them, preview the recent threat alerts with their MITRE ATT&amp;CK mapping, and choose where the alerts are delivered. The credentials are stored in this computer&apos;s keychain only.</source>
        <translation>Este assistente conecta a conta do Mimecast de um cliente ao Sophos Central. Você informa as credenciais da API do Mimecast do cliente, testa essas credenciais, vê uma prévia dos alertas de ameaça recentes com o mapeamento para o MITRE ATT&amp;CK e escolhe para onde os alertas serão entregues. As credenciais ficam guardadas apenas no chaveiro do sistema deste computador.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demonstração</translation>
    </message>
    <message>
        <source>About the demo</source>
        <translation>Sobre a demonstração</translation>
    </message>
    <message>
        <source>Try the whole wizard without a Mimecast account: simulated Mimecast and Sophos Central services start on this computer, and demo credentials are filled in.</source>
        <translation>Experimente o assistente inteiro sem uma conta do Mimecast: serviços simulados do Mimecast e do Sophos Central são iniciados neste computador, e credenciais de demonstração são preenchidas.</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Experimentar com dados de demonstração</translation>
    </message>
    <message>
        <source>&amp;Try with demo data</source>
        <translation>&amp;Experimentar com dados de demonstração</translation>
    </message>
</context>
<context>
    <name>WorkerPanel</name>
    <message>
        <source>Demo mode: no real service is contacted.</source>
        <translation>Modo de demonstração: nenhum serviço real é contatado.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Fila de saída:</translation>
    </message>
    <message>
        <source>Last successful poll:</source>
        <translation>Última consulta bem-sucedida:</translation>
    </message>
    <message>
        <source>Next poll:</source>
        <translation>Próxima consulta:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Último erro:</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último erro</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Counters per log type</source>
        <translation>Contadores por tipo de log</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>I&amp;niciar</translation>
    </message>
    <message>
        <source>Start the worker</source>
        <translation>Iniciar o processo em segundo plano</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;usar</translation>
    </message>
    <message>
        <source>Pause the worker</source>
        <translation>Pausar o processo em segundo plano</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Stop the worker</source>
        <translation>Parar o processo em segundo plano</translation>
    </message>
    <message>
        <source>Run the &amp;wizard again…</source>
        <translation>Executar o a&amp;ssistente novamente…</translation>
    </message>
    <message>
        <source>Run the wizard again</source>
        <translation>Executar o assistente novamente</translation>
    </message>
    <message>
        <source>Forget credentials</source>
        <translation>Esquecer credenciais</translation>
    </message>
    <message>
        <source>Alerts and rejected records</source>
        <translation>Alertas e registros rejeitados</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertas</translation>
    </message>
    <message>
        <source>Live alerts</source>
        <translation>Alertas em tempo real</translation>
    </message>
    <message>
        <source>Re&amp;jected</source>
        <translation>Re&amp;jeitados</translation>
    </message>
    <message>
        <source>Records that failed validation. They are never delivered; the reason says which field is missing or invalid.</source>
        <translation>Registros que falharam na validação. Eles nunca são entregues; o motivo informa qual campo está ausente ou é inválido.</translation>
    </message>
    <message>
        <source>Rejected records</source>
        <translation>Registros rejeitados</translation>
    </message>
    <message>
        <source>For&amp;get credentials…</source>
        <translation>Es&amp;quecer credenciais…</translation>
    </message>
</context>
<context>
    <name>bridge::AlertTableModel</name>
    <message>
        <source>Subject: %1
Detail: %2</source>
        <translation>Assunto: %1
Detalhe: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Alert type</source>
        <translation>Tipo de alerta</translation>
    </message>
    <message>
        <source>Threat ID</source>
        <translation>ID da ameaça</translation>
    </message>
    <message>
        <source>Threat name</source>
        <translation>Nome da ameaça</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>Subject / detail</source>
        <translation>Assunto / detalhe</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>Falsificação de identidade</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
</context>
<context>
    <name>bridge::ConnectionTestPage</name>
    <message>
        <source>Credentials</source>
        <translation>Credenciais</translation>
    </message>
    <message>
        <source>Attachment Protection log</source>
        <translation>Log de Attachment Protection</translation>
    </message>
    <message>
        <source>Impersonation Protection log</source>
        <translation>Log de Impersonation Protection</translation>
    </message>
    <message>
        <source>URL Protection log</source>
        <translation>Log de URL Protection</translation>
    </message>
    <message>
        <source>At least one log type must stay on. Grant the missing permission in Mimecast and run the tests again.</source>
        <translation>Pelo menos um tipo de log precisa continuar ativado. Conceda a permissão que falta no Mimecast e execute os testes novamente.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Não executado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no result yet</source>
        <translation>%1: ainda sem resultado</translation>
    </message>
    <message>
        <source>Collect this log</source>
        <translation>Coletar este log</translation>
    </message>
    <message>
        <source>Collect the %1</source>
        <translation>Coletar o %1</translation>
    </message>
    <message>
        <source>The connection test cannot start. %1 Go back to correct it.</source>
        <translation>O teste de conexão não pode começar. %1 Volte para corrigir.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testando a conexão…</translation>
    </message>
    <message>
        <source>Cancelled. Run the tests again to check the connection.</source>
        <translation>Cancelado. Execute os testes novamente para verificar a conexão.</translation>
    </message>
    <message>
        <source>The credential check failed, so the log types were not checked. Correct the problem shown above, going back if needed, and run the tests again.</source>
        <translation>A verificação das credenciais falhou, então os tipos de log não foram verificados. Corrija o problema mostrado acima, voltando se for preciso, e execute os testes novamente.</translation>
    </message>
    <message numerus="yes">
        <source>%n log type(s) failed. Grant the missing permission in Mimecast and run the tests again, or untick &quot;Collect this log&quot; to continue without it.</source>
        <translation>
            <numerusform>%n tipo de log falhou. Conceda a permissão que falta no Mimecast e execute os testes novamente, ou desmarque &quot;Coletar este log&quot; para continuar sem ele.</numerusform>
            <numerusform>%n tipos de log falharam. Conceda as permissões que faltam no Mimecast e execute os testes novamente, ou desmarque &quot;Coletar este log&quot; para continuar sem eles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection works. %n log type(s) will be collected.</source>
        <translation>
            <numerusform>A conexão funciona. %n tipo de log será coletado.</numerusform>
            <numerusform>A conexão funciona. %n tipos de log serão coletados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::ConnectionV1Page</name>
    <message>
        <source>Enter the application ID.</source>
        <translation>Informe o ID do aplicativo.</translation>
    </message>
    <message>
        <source>Enter the application key.</source>
        <translation>Informe a chave do aplicativo.</translation>
    </message>
    <message>
        <source>Enter the access key.</source>
        <translation>Informe a chave de acesso.</translation>
    </message>
    <message>
        <source>Enter the secret key.</source>
        <translation>Informe a chave secreta.</translation>
    </message>
    <message>
        <source>The secret key is not valid base64. Copy it again exactly as Mimecast showed it, including any &quot;=&quot; at the end.</source>
        <translation>A chave secreta não é um base64 válido. Copie-a de novo exatamente como o Mimecast mostrou, incluindo qualquer &quot;=&quot; no final.</translation>
    </message>
    <message>
        <source>Asking Mimecast for the region of %1…</source>
        <translation>Consultando o Mimecast sobre a região de %1…</translation>
    </message>
    <message>
        <source>Region detected for %1: %2.</source>
        <translation>Região detectada para %1: %2.</translation>
    </message>
    <message>
        <source>The account of %1 uses %2, which is not one of the presets, so it was entered as a custom URL.</source>
        <translation>A conta de %1 usa %2, que não é uma das regiões predefinidas, então foi informada como URL personalizada.</translation>
    </message>
</context>
<context>
    <name>bridge::ConnectionV2Page</name>
    <message>
        <source>Enter the client ID of the API 2.0 application.</source>
        <translation>Informe o ID do cliente do aplicativo da API 2.0.</translation>
    </message>
    <message>
        <source>Enter the client secret of the API 2.0 application.</source>
        <translation>Informe o segredo do cliente do aplicativo da API 2.0.</translation>
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
        <translation>Informe o ID e o segredo do cliente de uma credencial da API do Sophos Central e teste novamente.</translation>
    </message>
    <message>
        <source>Test the credentials to continue.</source>
        <translation>Teste as credenciais para continuar.</translation>
    </message>
    <message>
        <source>Testing the credentials with Sophos Central…</source>
        <translation>Testando as credenciais com o Sophos Central…</translation>
    </message>
    <message>
        <source>The test was cancelled. Test again to continue.</source>
        <translation>O teste foi cancelado. Teste novamente para continuar.</translation>
    </message>
    <message>
        <source>The credentials belong to a tenant account.</source>
        <translation>As credenciais pertencem a uma conta de locatário.</translation>
    </message>
    <message>
        <source>The credentials belong to the tenant %1 (data region %2). Cases are created there.</source>
        <translation>As credenciais pertencem ao locatário %1 (região de dados %2). Os casos são criados nele.</translation>
    </message>
    <message numerus="yes">
        <source>Partner account with %n tenant(s). Choose the customer&apos;s tenant.</source>
        <translation>
            <numerusform>Conta de parceiro com %n locatário. Escolha o locatário do cliente.</numerusform>
            <numerusform>Conta de parceiro com %n locatários. Escolha o locatário do cliente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organization account with %n tenant(s). Choose the customer&apos;s tenant.</source>
        <translation>
            <numerusform>Conta de organização com %n locatário. Escolha o locatário do cliente.</numerusform>
            <numerusform>Conta de organização com %n locatários. Escolha o locatário do cliente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the ingest URL.</source>
        <translation>Informe a URL de ingestão.</translation>
    </message>
    <message>
        <source>Enter the ingest key that the collector expects as a bearer token.</source>
        <translation>Informe a chave de ingestão que o coletor espera como token bearer.</translation>
    </message>
    <message>
        <source>Enter the path of the JSON Lines file.</source>
        <translation>Informe o caminho do arquivo JSON Lines.</translation>
    </message>
    <message>
        <source>Enter a full path for %1, or choose the file with Browse.</source>
        <translation>Informe um caminho completo para %1 ou escolha o arquivo com Procurar.</translation>
    </message>
    <message>
        <source>%1 is a folder. Enter the path of a file in it.</source>
        <translation>%1 é uma pasta. Informe o caminho de um arquivo dentro dela.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another one.</source>
        <translation>A pasta %1 não existe. Crie-a ou escolha outra.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable: %2 Choose another folder.</source>
        <translation>Não é possível gravar na pasta %1: %2 Escolha outra pasta.</translation>
    </message>
    <message>
        <source>JSON Lines file</source>
        <translation>Arquivo JSON Lines</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>Arquivos JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Data region</source>
        <translation>Região de dados</translation>
    </message>
</context>
<context>
    <name>bridge::EmptyStatePanel</name>
    <message>
        <source>No customer is set up yet</source>
        <translation>Nenhum cliente configurado ainda</translation>
    </message>
    <message>
        <source>Set up a customer with its Mimecast API credentials and a Sophos Central destination, or try the app with demo data: simulated services run on this computer and no real service is contacted.</source>
        <translation>Configure um cliente com as credenciais da API do Mimecast e um destino no Sophos Central, ou experimente o aplicativo com dados de demonstração: serviços simulados rodam neste computador e nenhum serviço real é contatado.</translation>
    </message>
    <message>
        <source>&amp;Set up a customer…</source>
        <translation>&amp;Configurar um cliente…</translation>
    </message>
    <message>
        <source>Set up a customer</source>
        <translation>Configurar um cliente</translation>
    </message>
    <message>
        <source>Try with &amp;demo data</source>
        <translation>Experimentar com dados de &amp;demonstração</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Experimentar com dados de demonstração</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Mimecast Bridge</source>
        <translation>&amp;Sobre o Mimecast Bridge</translation>
    </message>
    <message>
        <source>About Mimecast Bridge</source>
        <translation>Sobre o Mimecast Bridge</translation>
    </message>
    <message>
        <source>Mimecast Bridge %1

Collects Mimecast threat alerts, maps them to MITRE ATT&amp;CK and delivers them to Sophos Central.</source>
        <translation>Mimecast Bridge %1

Coleta alertas de ameaças do Mimecast, mapeia-os para o MITRE ATT&amp;CK e os entrega ao Sophos Central.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Verificando o chaveiro do sistema…</translation>
    </message>
    <message>
        <source>Keychain available.</source>
        <translation>Chaveiro do sistema disponível.</translation>
    </message>
    <message>
        <source>No keychain is available: credentials cannot be stored. %1</source>
        <translation>Nenhum chaveiro do sistema está disponível: as credenciais não podem ser armazenadas. %1</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>Status do chaveiro do sistema</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <extracomment>Suffix of a demo profile in the customer list; %1 is the profile name.</extracomment>
        <translation>%1 (demonstração)</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Modo de demonstração</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation>Não foi possível iniciar a demonstração: %1</translation>
    </message>
    <message>
        <source>The worker needs the keychain: the credentials of &quot;%1&quot; are kept for this session only, so the background worker does not start. Make a keychain available, then run the wizard again.</source>
        <translation>O processo em segundo plano precisa do chaveiro do sistema: as credenciais de &quot;%1&quot; são mantidas apenas nesta sessão, por isso ele não é iniciado. Disponibilize um chaveiro do sistema e execute o assistente novamente.</translation>
    </message>
    <message>
        <source>Forget credentials</source>
        <translation>Esquecer credenciais</translation>
    </message>
    <message>
        <source>Stop the worker of &quot;%1&quot; and remove all of its credentials from the keychain? The profile&apos;s settings and collected alerts are kept; run the wizard again to enter new credentials.</source>
        <translation>Parar o processo em segundo plano de &quot;%1&quot; e remover todas as credenciais dele do chaveiro do sistema? As configurações do perfil e os alertas coletados são mantidos; execute o assistente novamente para informar novas credenciais.</translation>
    </message>
    <message>
        <source>The credentials of &quot;%1&quot; were removed from the keychain. Run the wizard again to enter new ones.</source>
        <translation>As credenciais de &quot;%1&quot; foram removidas do chaveiro do sistema. Execute o assistente novamente para informar novas credenciais.</translation>
    </message>
    <message>
        <source>Some keychain entries of &quot;%1&quot; could not be removed. Unlock the keychain and choose Forget credentials again.
%2</source>
        <translation>Algumas entradas de &quot;%1&quot; no chaveiro do sistema não puderam ser removidas. Desbloqueie o chaveiro e escolha Esquecer credenciais novamente.
%2</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Novo cliente…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir pasta de &amp;logs</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>One profile per customer</source>
        <translation>Um perfil por cliente</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <source>The log folder %1 could not be opened: no file manager responded. Open it by hand.</source>
        <translation>Não foi possível abrir a pasta de logs %1: nenhum gerenciador de arquivos respondeu. Abra-a manualmente.</translation>
    </message>
    <message>
        <source>How to make a keychain available</source>
        <translation>Como disponibilizar um chaveiro do sistema</translation>
    </message>
    <message>
        <source>No keychain is available: credentials cannot be stored.</source>
        <translation>Nenhum chaveiro do sistema está disponível: as credenciais não podem ser guardadas.</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Nenhum chaveiro do sistema disponível</translation>
    </message>
    <message>
        <source>How to fi&amp;x…</source>
        <translation>&amp;Como resolver…</translation>
    </message>
</context>
<context>
    <name>bridge::PreviewPage</name>
    <message>
        <source>The profile&apos;s mapping table %1 was not used, so the built-in table applies: %2</source>
        <translation>A tabela de mapeamento do perfil %1 não foi usada, então vale a tabela embutida: %2</translation>
    </message>
    <message>
        <source>%1: rate limited until %2</source>
        <extracomment>%1 is a log type such as &quot;URL&quot;, %2 a time of day such as 14:05:09.</extracomment>
        <translation>%1: limite de requisições atingido até %2</translation>
    </message>
    <message>
        <source>%1: %2 Retrying at %3.</source>
        <extracomment>%1 is a log type, %2 the error message, %3 a time of day such as 14:05:09.</extracomment>
        <translation>%1: %2 Nova tentativa às %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a log type such as &quot;URL&quot;, %2 the error message.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select an alert to see how it was mapped and its original record.</source>
        <translation>Selecione um alerta para ver como ele foi mapeado e o registro original.</translation>
    </message>
    <message>
        <source>Export alerts as CSV</source>
        <translation>Exportar alertas como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) exported to %1.</source>
        <translation>
            <numerusform>%n alerta exportado para %1.</numerusform>
            <numerusform>%n alertas exportados para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1 failed: %2 Choose another file.</source>
        <translation>A exportação para %1 falhou: %2 Escolha outro arquivo.</translation>
    </message>
    <message>
        <source>Page %1 of %2…</source>
        <extracomment>%1 is a page number, %2 a log type such as &quot;URL&quot;.</extracomment>
        <translation>Página %1 de %2…</translation>
    </message>
</context>
<context>
    <name>bridge::RegionDiscovery</name>
    <message>
        <source>Enter an administrator&apos;s e-mail address of the Mimecast account.</source>
        <translation>Informe o e-mail de um administrador da conta do Mimecast.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address. Enter an address such as admin@example.com.</source>
        <translation>&quot;%1&quot; não é um endereço de e-mail. Informe um endereço como admin@example.com.</translation>
    </message>
    <message>
        <source>Region detection is already running.</source>
        <translation>A detecção de região já está em andamento.</translation>
    </message>
    <message>
        <source>Region detection for %1 failed: the response names no API host. Choose the region yourself.</source>
        <translation>A detecção de região para %1 falhou: a resposta não informa nenhum host da API. Escolha a região manualmente.</translation>
    </message>
    <message>
        <source>Region detection for %1 returned an unusable API host. %2</source>
        <translation>A detecção de região para %1 retornou um host da API inutilizável. %2</translation>
    </message>
    <message>
        <source>Region detection was cancelled.</source>
        <translation>A detecção de região foi cancelada.</translation>
    </message>
    <message numerus="yes">
        <source>Region detection for %1 timed out after %n second(s). Try again, or choose the region yourself.</source>
        <translation>
            <numerusform>A detecção de região para %1 esgotou o tempo após %n segundo. Tente novamente ou escolha a região manualmente.</numerusform>
            <numerusform>A detecção de região para %1 esgotou o tempo após %n segundos. Tente novamente ou escolha a região manualmente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mimecast found no account for %1 (%2). Check the address, or choose the region yourself.</source>
        <translation>O Mimecast não encontrou nenhuma conta para %1 (%2). Confira o endereço ou escolha a região manualmente.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Region detection for %1 failed: the response with HTTP %2 is not Mimecast&apos;s JSON. Check the discovery URL and any proxy, or choose the region yourself.</source>
        <translation>A detecção de região para %1 falhou: a resposta com HTTP %2 não é o JSON do Mimecast. Confira a URL de descoberta e qualquer proxy, ou escolha a região manualmente.</translation>
    </message>
    <message>
        <source>The region detection endpoint %1 was not found (HTTP 404). Choose the region yourself.</source>
        <translation>O endpoint de detecção de região %1 não foi encontrado (HTTP 404). Escolha a região manualmente.</translation>
    </message>
    <message>
        <source>Region detection for %1 failed with HTTP %2. Try again later, or choose the region yourself.</source>
        <translation>A detecção de região para %1 falhou com HTTP %2. Tente novamente mais tarde ou escolha a região manualmente.</translation>
    </message>
</context>
<context>
    <name>bridge::RejectedTableModel</name>
    <message>
        <source>Received</source>
        <translation>Recebido em</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
</context>
<context>
    <name>bridge::SetupWizard</name>
    <message>
        <source>Set up a customer</source>
        <translation>Configurar um cliente</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avançar &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode&lt;/b&gt;&lt;br&gt;No real service is contacted: the credentials, alerts and Sophos Central are simulated on this computer.</source>
        <translation>&lt;b&gt;Modo de demonstração&lt;/b&gt;&lt;br&gt;Nenhum serviço real é contatado: as credenciais, os alertas e o Sophos Central são simulados neste computador.</translation>
    </message>
    <message>
        <source>Demo mode notice</source>
        <translation>Aviso de modo de demonstração</translation>
    </message>
    <message>
        <source>Cancel the setup</source>
        <translation>Cancelar a configuração</translation>
    </message>
    <message>
        <source>Close the wizard and discard the settings and credentials entered so far? Nothing has been stored.</source>
        <translation>Fechar o assistente e descartar as configurações e credenciais informadas até agora? Nada foi guardado.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Continuar &amp;editando</translation>
    </message>
</context>
<context>
    <name>bridge::SummaryPage</name>
    <message>
        <source>Enter a profile name of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, such as the customer&apos;s name.</source>
        <translation>Informe um nome de perfil com letras, dígitos, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, como o nome do cliente.</translation>
    </message>
    <message>
        <source>A profile named %1 exists. Finish replaces its settings and credentials.</source>
        <translation>Já existe um perfil chamado %1. Concluir substitui as configurações e as credenciais dele.</translation>
    </message>
    <message>
        <source>Mimecast API %1 at %2</source>
        <extracomment>%1 is the API version such as 2.0, %2 the base URL.</extracomment>
        <translation>API %1 do Mimecast em %2</translation>
    </message>
    <message>
        <source>Log types: %1</source>
        <translation>Tipos de log: %1</translation>
    </message>
    <message>
        <source>Destination: HTTPS ingest to %1</source>
        <translation>Destino: ingestão HTTPS em %1</translation>
    </message>
    <message>
        <source>Destination: JSON Lines file %1</source>
        <translation>Destino: arquivo JSON Lines %1</translation>
    </message>
    <message>
        <source>Destination: a Sophos Central case per alert in the tenant of the API credential</source>
        <translation>Destino: um caso no Sophos Central por alerta, no locatário da credencial da API</translation>
    </message>
    <message>
        <source>Destination: a Sophos Central case per alert in the tenant %1</source>
        <translation>Destino: um caso no Sophos Central por alerta, no locatário %1</translation>
    </message>
    <message>
        <source>Destination: a Sophos Central case per alert in the tenant %1 (%2)</source>
        <extracomment>%1 is the tenant&apos;s name, %2 its ID.</extracomment>
        <translation>Destino: um caso no Sophos Central por alerta, no locatário %1 (%2)</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Arquivo de configurações: %1</translation>
    </message>
    <message>
        <source>Keychain: nothing is stored, because demo mode uses public demo credentials.</source>
        <translation>Chaveiro do sistema: nada é guardado, porque o modo de demonstração usa credenciais públicas.</translation>
    </message>
    <message>
        <source>Keychain: nothing is stored. The credentials stay in memory until the app quits, and the background worker does not start for this profile.</source>
        <translation>Chaveiro do sistema: nada é guardado. As credenciais ficam na memória até o aplicativo ser fechado, e o processo em segundo plano não é iniciado para este perfil.</translation>
    </message>
    <message>
        <source>Keychain entries that Finish writes:</source>
        <translation>Entradas que Concluir grava no chaveiro do sistema:</translation>
    </message>
    <message>
        <source>No keychain is available, so the credentials cannot be stored. %1
You can instead keep them for this session only. The background worker then refuses to start for this profile, and the credentials are lost when the app quits.</source>
        <translation>Nenhum chaveiro do sistema está disponível, então as credenciais não podem ser guardadas. %1
Em vez disso, você pode mantê-las apenas nesta sessão. Nesse caso, o processo em segundo plano não é iniciado para este perfil, e as credenciais se perdem quando o aplicativo é fechado.</translation>
    </message>
    <message>
        <source>Nothing was stored, because the value of %1 is empty. Go back and enter it.</source>
        <translation>Nada foi guardado, porque o valor de %1 está vazio. Volte e preencha-o.</translation>
    </message>
    <message>
        <source>Storing %1 in the keychain…</source>
        <translation>Guardando %1 no chaveiro do sistema…</translation>
    </message>
    <message>
        <source>Storing %1 failed: %2 Nothing was stored.</source>
        <translation>Falha ao guardar %1: %2 Nada foi guardado.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Nada foi guardado.</translation>
    </message>
    <message>
        <source>The entries stored before it stay in the keychain: %1. Nothing else was stored.</source>
        <translation>As entradas guardadas antes dela continuam no chaveiro do sistema: %1. Nada mais foi guardado.</translation>
    </message>
    <message>
        <source>Storing %1 in the keychain failed: %2 %3</source>
        <extracomment>%1 is a keychain entry name, %2 the keychain&apos;s error, %3 what was stored before.</extracomment>
        <translation>Falha ao guardar %1 no chaveiro do sistema: %2 %3</translation>
    </message>
    <message>
        <source>The credentials stay in the keychain: %1.</source>
        <translation>As credenciais continuam no chaveiro do sistema: %1.</translation>
    </message>
    <message>
        <source>Saving the profile %1 failed: %2 %3</source>
        <translation>Falha ao salvar o perfil %1: %2 %3</translation>
    </message>
    <message>
        <source>The profile %1 was saved.</source>
        <translation>O perfil %1 foi salvo.</translation>
    </message>
</context>
<context>
    <name>bridge::WelcomePage</name>
    <message>
        <source>The demo could not start. %1</source>
        <translation>Não foi possível iniciar a demonstração. %1</translation>
    </message>
</context>
<context>
    <name>bridge::WorkerPanel</name>
    <message>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Não está em execução</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Ocioso</translation>
    </message>
    <message>
        <source>Collecting alerts from Mimecast</source>
        <translation>Coletando alertas do Mimecast</translation>
    </message>
    <message>
        <source>Delivering alerts</source>
        <translation>Entregando alertas</translation>
    </message>
    <message>
        <source>Backing off until %1</source>
        <extracomment>%1 is a time of day, HH:MM:SS.</extracomment>
        <translation>Aguardando para tentar de novo até %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>%1 waiting, %2 failed</source>
        <extracomment>%1 alerts wait for delivery, %2 are parked after a failed delivery.</extracomment>
        <translation>%1 aguardando, %2 com falha</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation>Re&amp;tomar</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>I&amp;niciar</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visualizações</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Obtidos</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitados</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Limpos</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregues</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Collects Mimecast threat alerts and delivers them to Sophos Central.</source>
        <translation>Coleta alertas de ameaça do Mimecast e os entrega ao Sophos Central.</translation>
    </message>
    <message>
        <source>Keeps settings, state and logs below DIR instead of the platform&apos;s folders, e.g. for a trial run.</source>
        <translation>Guarda configurações, estado e logs dentro de DIR em vez das pastas da plataforma, por exemplo para um teste.</translation>
    </message>
    <message>
        <source>Mimecast Bridge</source>
        <translation>Mimecast Bridge</translation>
    </message>
</context>
</TS>
