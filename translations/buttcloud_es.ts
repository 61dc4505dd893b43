<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>buttcloud</name>
    <message>
        <source>%1: must be a whole number</source>
        <translation>%1: debe ser un número entero</translation>
    </message>
    <message>
        <source>%1: must be from %2 to %3</source>
        <translation>%1: debe estar entre %2 y %3</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1: debe ser verdadero o falso</translation>
    </message>
    <message>
        <source>%1: must be text</source>
        <translation>%1: debe ser texto</translation>
    </message>
    <message>
        <source>%1: must be at most %2 characters</source>
        <translation>%1: debe tener como máximo %2 caracteres</translation>
    </message>
    <message>
        <source>%1: must not contain control characters</source>
        <translation>%1: no debe contener caracteres de control</translation>
    </message>
    <message>
        <source>%1: has the wrong form</source>
        <translation>%1: tiene un formato incorrecto</translation>
    </message>
    <message>
        <source>%1: %2 takes no such argument</source>
        <translation>%1: %2 no admite ese argumento</translation>
    </message>
    <message>
        <source>%1: is required</source>
        <translation>%1: es obligatorio</translation>
    </message>
</context>
<context>
    <name>buttcloud::AboutDialog</name>
    <message>
        <source>About ButtCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ButtCloud logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;ButtCloud %1&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Scuttlebutt pubs on ButtCloud.</source>
        <translation type="unfinished">Ejecute pubs de Scuttlebutt en ButtCloud.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; · &lt;a href=&quot;mailto:%2&quot;&gt;%2&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright 2026 ButtCloud developers.

ButtCloud has not been released under a public license: all rights reserved by the ButtCloud developers.

ButtCloud uses Qt (LGPL 3), QtKeychain (BSD 3-clause) and libqrencode (LGPL 2.1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::AccountRecoveryService</name>
    <message>
        <source>The new password must be at least %1 characters long.</source>
        <translation>La nueva contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The new password must be at most %1 characters long.</source>
        <translation>La nueva contraseña debe tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Enter the email address of your account.</source>
        <translation>Escriba el correo electrónico de su cuenta.</translation>
    </message>
    <message>
        <source>Paste the whole password reset link from the mail, or the code after token=.</source>
        <translation>Pegue el enlace completo para restablecer la contraseña del correo, o el código que sigue a token=.</translation>
    </message>
    <message>
        <source>This reset link is not valid any more: it was used already or is more than an hour old. Ask for a new one.</source>
        <translation>Este enlace para restablecer ya no es válido: ya se usó o tiene más de una hora. Pida uno nuevo.</translation>
    </message>
    <message>
        <source>Paste the whole verification link from the welcome mail, or the code after token=.</source>
        <translation>Pegue el enlace de verificación completo del correo de bienvenida, o el código que sigue a token=.</translation>
    </message>
    <message>
        <source>This verification link is not valid any more: it was used already or is more than a week old.</source>
        <translation>Este enlace de verificación ya no es válido: ya se usó o tiene más de una semana.</translation>
    </message>
    <message>
        <source>Enter the server address first.</source>
        <translation>Escriba primero la dirección del servidor.</translation>
    </message>
</context>
<context>
    <name>buttcloud::AccountService</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with that email address exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last enabled administrator: make another one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot change your own role or disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::AccountsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;New Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Password &amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show accounts with the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change R&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the role of the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable or enable the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected account a password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an account now and gets a mail to choose a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 an administrator? Administrators manage every account, hub and pub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the account of %1? They are signed out everywhere at once and cannot sign in until it is enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account of %1 is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account of %1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password reset link is on its way to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::AddHubWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Add Hub</source>
        <translation>&amp;Añadir hub</translation>
    </message>
    <message>
        <source>Add a Hub</source>
        <translation>Añadir un hub</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Host name or address</source>
        <translation>Nombre de host o dirección</translation>
    </message>
    <message>
        <source>e.g. 203.0.113.7</source>
        <translation>p. ej. 203.0.113.7</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>Puerto SSH</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>&amp;Puerto SSH:</translation>
    </message>
    <message>
        <source>The machine must run Docker and accept SSH with an ed25519 key. The server connects to it first to read its host key.</source>
        <translation>La máquina debe ejecutar Docker y aceptar SSH con una clave ed25519. El servidor se conecta primero para leer su clave de host.</translation>
    </message>
    <message>
        <source>I compared this fingerprint with the machine&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) and it matches</source>
        <translation>He comparado esta huella con la de la propia máquina (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) y coincide</translation>
    </message>
    <message>
        <source>The machine presented this host key:</source>
        <translation>La máquina presentó esta clave de host:</translation>
    </message>
    <message>
        <source>Hub name</source>
        <translation>Nombre del hub</translation>
    </message>
    <message>
        <source>e.g. hub-2</source>
        <translation>p. ej. hub-2</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>Usuario SSH</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Archivo de clave privada</translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519</source>
        <translation>~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Elegir el archivo de clave privada</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>&amp;Usuario SSH:</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>&amp;Clave privada:</translation>
    </message>
    <message>
        <source>The key (ed25519, OpenSSH format, no passphrase) is sent to the server, which keeps it sealed and never shows it again.</source>
        <translation>La clave (ed25519, formato OpenSSH, sin frase de contraseña) se envía al servidor, que la guarda sellada y no la vuelve a mostrar.</translation>
    </message>
    <message>
        <source>The server already knows this key from its known_hosts file.</source>
        <translation>El servidor ya conoce esta clave por su archivo known_hosts.</translation>
    </message>
    <message>
        <source>The server has never seen this key. Add the machine only if it matches.</source>
        <translation>El servidor nunca ha visto esta clave. Añada la máquina solo si coincide.</translation>
    </message>
    <message>
        <source>Choose the Hub&apos;s SSH Private Key</source>
        <translation>Elegir la clave privada SSH del hub</translation>
    </message>
</context>
<context>
    <name>buttcloud::ApiError</name>
    <message>
        <source>Wrong email or password.</source>
        <translation>Correo electrónico o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Su sesión ha terminado. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Su cuenta no tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <source>That item does not exist (any more).</source>
        <translation>Ese elemento no existe (ya).</translation>
    </message>
    <message>
        <source>That conflicts with what is already on the server.</source>
        <translation>Eso entra en conflicto con lo que ya hay en el servidor.</translation>
    </message>
    <message>
        <source>The server refused the input: %1</source>
        <translation>El servidor rechazó los datos: %1</translation>
    </message>
    <message>
        <source>The server refused the input.</source>
        <translation>El servidor rechazó los datos.</translation>
    </message>
    <message>
        <source>The request was too large for the server.</source>
        <translation>La solicitud era demasiado grande para el servidor.</translation>
    </message>
    <message>
        <source>The server cannot reach its Docker engine right now. Please try again later.</source>
        <translation>El servidor no puede contactar con su motor Docker ahora. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The server hit an internal error; its log has the details.</source>
        <translation>El servidor tuvo un error interno; su registro tiene los detalles.</translation>
    </message>
    <message>
        <source>The server did not understand the request (HTTP %1). The client and server versions may not match.</source>
        <translation>El servidor no entendió la solicitud (HTTP %1). Puede que las versiones del cliente y del servidor no coincidan.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected error (HTTP %1).</source>
        <translation>El servidor respondió con un error inesperado (HTTP %1).</translation>
    </message>
    <message>
        <source>The server at %1 sent a reply this client does not understand (HTTP %2). Is it a ButtCloud server?</source>
        <translation>El servidor en %1 envió una respuesta que este cliente no entiende (HTTP %2). ¿Es un servidor ButtCloud?</translation>
    </message>
    <message>
        <source>The machine presented a host key that matches neither the server&apos;s known hosts nor the fingerprint you confirmed. Nothing was added.</source>
        <translation>La máquina presentó una clave de host que no coincide ni con los hosts conocidos del servidor ni con la huella que usted confirmó. No se añadió nada.</translation>
    </message>
    <message>
        <source>The server could not connect to the machine over SSH: %1</source>
        <translation>El servidor no pudo conectarse a la máquina por SSH: %1</translation>
    </message>
    <message>
        <source>The server could not connect to the machine over SSH.</source>
        <translation>El servidor no pudo conectarse a la máquina por SSH.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait a few minutes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was declined: %1 Nothing was created or charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was declined. Nothing was created or charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment service cannot be reached right now. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::ApiJob</name>
    <message numerus="yes">
        <source>The server at %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>El servidor en %1 no respondió en %n segundo.</numerusform>
            <numerusform>El servidor en %1 no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>host no encontrado</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>la conexión se cerró</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>la conexión segura falló</translation>
    </message>
    <message>
        <source>The server could not be reached at %1: %2.</source>
        <translation>No se pudo contactar con el servidor en %1: %2.</translation>
    </message>
</context>
<context>
    <name>buttcloud::AuditLogModel</name>
    <message>
        <source>(%1 bytes, truncated)</source>
        <translation>(%1 bytes, truncado)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Exit code %1</source>
        <translation>Código de salida %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Pub</source>
        <translation>Pub</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>buttcloud::AuditPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Load &amp;Older</source>
        <translation>Cargar más &amp;antiguos</translation>
    </message>
    <message>
        <source>Show the entries of</source>
        <translation>Mostrar las entradas de</translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation>Actualizar el registro de auditoría</translation>
    </message>
    <message>
        <source>Load older audit entries</source>
        <translation>Cargar entradas de auditoría más antiguas</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Pub:</source>
        <translation>&amp;Pub:</translation>
    </message>
    <message>
        <source>All pubs</source>
        <translation>Todos los pubs</translation>
    </message>
</context>
<context>
    <name>buttcloud::BillingCustomerView</name>
    <message>
        <source>Billing problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pubs&apos; subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscribe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">&amp;Actualizar</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay on Stripe&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens Stripe&apos;s payment page in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe the selected pub to a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected pub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your pubs cost and whether they are paid up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Select a pub to see its subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pub has no subscription yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a browser. Open this address to pay: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::BillingFormDialog</name>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::BillingOperatorView</name>
    <message>
        <source>Revenue per month in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions past due or suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend &amp;Grace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the pub free of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;Subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a payment made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the selected plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pub whose subscription to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ub:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past due or suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No payments in the last %n month(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pub, or select a row above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;comp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make “%1” free of charge? It becomes active, is never suspended and never charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge for “%1” again from its next payment on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comp Pub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncomp Pub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not comp the pub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not uncomp the pub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the subscription of “%1”? Its owner must subscribe again to keep the pub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cancel the subscription</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::BillingPlanChooser</name>
    <message>
        <source>Payment &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment token from Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tok_… or pm_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the pub costs and how much memory it may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>No plan is offered right now. Please ask the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan is offered right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Free for the first %n day(s); then %1. You can pay once the trial runs.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This plan is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You pay on Stripe&apos;s own secure page: enter your card there and paste the token it gives you (it starts with tok_ or pm_). ButtCloud never sees your card number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator sends you an invoice for %1; the pub starts right away.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::BillingService</name>
    <message>
        <source>Free trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished">Cancelado</translation>
    </message>
    <message>
        <source>This pub is free of charge (granted by the operator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The free trial ends on %1; the first payment is due then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pub is in its free trial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid up. The next payment is due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment failed. The pub keeps running until %1; pay before then to keep it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment failed. Pay soon to keep the pub running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pub is stopped because a payment is overdue. Its data is kept; paying starts it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription has ended. Subscribe again to keep using the pub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1: {1 %2?}</translation>
    </message>
    <message numerus="yes">
        <source>%1, the first %n day(s) free</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Paste the token Stripe&apos;s payment page gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That looks like a card number. Never type a card number here: enter it on Stripe&apos;s page and paste the token it gives you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token from Stripe starts with tok_ or pm_.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in trial · %2 paid up · %3 overdue · %4 suspended · %5 canceled · %6 free of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pub already has a subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an overdue subscription&apos;s grace period can be extended, and only into the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment can be recorded by hand only when the server bills offline (with Stripe, payments come from Stripe) and for a subscription that is not canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan with that name exists already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::BulkCommandDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message numerus="yes">
        <source>Run a Command on %n Pub(s)</source>
        <translation>
            <numerusform>Ejecutar un comando en %n pub</numerusform>
            <numerusform>Ejecutar un comando en %n pubs</numerusform>
        </translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Run the command on the chosen pubs</source>
        <translation>Ejecutar el comando en los pubs elegidos</translation>
    </message>
    <message>
        <source>Results per pub</source>
        <translation>Resultados por pub</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Comando:</translation>
    </message>
    <message numerus="yes">
        <source>Succeeded on %1 of %n pub(s).</source>
        <translation>
            <numerusform>Correcto en %1 de %n pub.</numerusform>
            <numerusform>Correcto en %1 de %n pubs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the commands…</source>
        <translation>Cargando los comandos…</translation>
    </message>
    <message>
        <source>Your account may run no read-only command on several pubs.</source>
        <translation>Su cuenta no puede ejecutar ningún comando de solo lectura en varios pubs.</translation>
    </message>
    <message numerus="yes">
        <source>%n pub(s) chosen.</source>
        <translation>
            <numerusform>%n pub elegido.</numerusform>
            <numerusform>%n pubs elegidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Ejecutando %1…</translation>
    </message>
    <message>
        <source>Run a Command on the Pubs of %1</source>
        <translation>Ejecutar un comando en los pubs de %1</translation>
    </message>
    <message>
        <source>Every pub on %1.</source>
        <translation>Todos los pubs de %1.</translation>
    </message>
</context>
<context>
    <name>buttcloud::BulkCommandModel</name>
    <message>
        <source>Running…</source>
        <translation>En ejecución…</translation>
    </message>
    <message>
        <source>Exit code %1</source>
        <translation>Código de salida %1</translation>
    </message>
    <message>
        <source>Pub</source>
        <translation>Pub</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
</context>
<context>
    <name>buttcloud::ChangePasswordDialog</name>
    <message>
        <source>&amp;Change Password</source>
        <translation type="unfinished">&amp;Cambiar contraseña</translation>
    </message>
    <message>
        <source>Change password message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Your Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished">Nueva contraseña</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation type="unfinished">al menos %1 caracteres</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished">Repetir la nueva contraseña</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished">&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished">&amp;Repítala:</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::ClientApp</name>
    <message>
        <source>Cannot Remember You</source>
        <translation>No se puede recordar su sesión</translation>
    </message>
</context>
<context>
    <name>buttcloud::ClientSettings</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::CommandConsole</name>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Copy Output</source>
        <translation>Copiar salida</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>Copy Invite</source>
        <translation>Copiar invitación</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>What the command does</source>
        <translation>Qué hace el comando</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>Problem with the arguments</source>
        <translation>Problema con los argumentos</translation>
    </message>
    <message>
        <source>Run the command</source>
        <translation>Ejecutar el comando</translation>
    </message>
    <message>
        <source>Command output</source>
        <translation>Salida del comando</translation>
    </message>
    <message>
        <source>Copy the output</source>
        <translation>Copiar la salida</translation>
    </message>
    <message>
        <source>Commands run</source>
        <translation>Comandos ejecutados</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Código de invitación</translation>
    </message>
    <message>
        <source>Copy the invite</source>
        <translation>Copiar la invitación</translation>
    </message>
    <message>
        <source>Invite as a QR code</source>
        <translation>Invitación como código QR</translation>
    </message>
    <message>
        <source>The output of a command appears here.</source>
        <translation>Aquí aparece la salida de un comando.</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <source>Could not load the commands: %1</source>
        <translation>No se pudieron cargar los comandos: %1</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 a %3)</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatorio):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1: must be a whole number</source>
        <translation>%1: debe ser un número entero</translation>
    </message>
    <message>
        <source>The command was not run: %1</source>
        <translation>El comando no se ejecutó: %1</translation>
    </message>
    <message>
        <source>
[timed out]</source>
        <translation>
[tiempo agotado]</translation>
    </message>
    <message>
        <source>
[exit code %1]</source>
        <translation>
[código de salida %1]</translation>
    </message>
</context>
<context>
    <name>buttcloud::CommandHistoryModel</name>
    <message>
        <source>timed out</source>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>salida %1</translation>
    </message>
    <message>
        <source>no exit code</source>
        <translation>sin código de salida</translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <translation>%1  %2  (%3)</translation>
    </message>
</context>
<context>
    <name>buttcloud::CommandService</name>
    <message>
        <source>%1 changes the pub: only read-only commands run on several pubs at once</source>
        <translation>%1 modifica el pub: en varios pubs a la vez solo se ejecutan comandos de solo lectura</translation>
    </message>
    <message>
        <source>Choose 1 to %1 pubs</source>
        <translation>Elija de 1 a %1 pubs</translation>
    </message>
</context>
<context>
    <name>buttcloud::CreateAccountDialog</name>
    <message>
        <source>&amp;Create Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Correo electrónico</translation>
    </message>
    <message>
        <source>someone@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::CreatePubDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>New Pub</source>
        <translation>Nuevo pub</translation>
    </message>
    <message>
        <source>Pub name</source>
        <translation>Nombre del pub</translation>
    </message>
    <message>
        <source>e.g. my-pub</source>
        <translation>p. ej. mi-pub</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>Problema con el nombre</translation>
    </message>
    <message>
        <source>Create pub</source>
        <translation>Crear pub</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and hyphens; up to %1 characters. The name is part of the pub&apos;s address and cannot be changed later.</source>
        <translation>Letras minúsculas, dígitos y guiones; hasta %1 caracteres. El nombre forma parte de la dirección del pub y no se puede cambiar después.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
</context>
<context>
    <name>buttcloud::EventStream</name>
    <message>
        <source>Live updates are off.</source>
        <translation>Las actualizaciones en vivo están desactivadas.</translation>
    </message>
    <message>
        <source>Connecting to live updates…</source>
        <translation>Conectando con las actualizaciones en vivo…</translation>
    </message>
    <message>
        <source>Renewing the sign-in for live updates…</source>
        <translation>Renovando el inicio de sesión para las actualizaciones en vivo…</translation>
    </message>
    <message>
        <source>Live updates are offline.</source>
        <translation>Las actualizaciones en vivo están sin conexión.</translation>
    </message>
    <message>
        <source>Live updates are offline: %1</source>
        <translation>Las actualizaciones en vivo están sin conexión: %1</translation>
    </message>
</context>
<context>
    <name>buttcloud::ExtendGraceDialog</name>
    <message>
        <source>Extend the Grace Period of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pub keeps running until then; unpaid after it, it is suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace &amp;ends:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::HubService</name>
    <message>
        <source>Choose the private key file.</source>
        <translation>Elija el archivo de clave privada.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an SSH private key.</source>
        <translation>%1 es demasiado grande para ser una clave privada SSH.</translation>
    </message>
    <message>
        <source>%1 is not an OpenSSH private key (ed25519, no passphrase).</source>
        <translation>%1 no es una clave privada OpenSSH (ed25519, sin frase de contraseña).</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Uniéndose</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inalcanzable</translation>
    </message>
    <message>
        <source>Draining</source>
        <translation>Vaciándose</translation>
    </message>
    <message>
        <source>Drained</source>
        <translation>Vaciado</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Eliminando</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>%1 pubs on %2 hubs: %3 of %4 reserved (%5 %), %6 free. Cost per pub: %7 a month.</source>
        <translation>%1 pubs en %2 hubs: %3 de %4 reservados (%5 %), %6 libres. Coste por pub: %7 al mes.</translation>
    </message>
    <message>
        <source>Observed: a pub uses up to %1 (p95); with %2 % headroom a hub holds %3 pubs, %4 a month each.</source>
        <translation>Observado: un pub usa hasta %1 (p95); con un %2 % de margen un hub admite %3 pubs, a %4 al mes cada uno.</translation>
    </message>
    <message numerus="yes">
        <source>Plan: add %n hub(s)</source>
        <translation>
            <numerusform>Plan: añadir %n hub</numerusform>
            <numerusform>Plan: añadir %n hubs</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan: remove %1</source>
        <translation>Plan: eliminar %1</translation>
    </message>
    <message>
        <source>Plan: no change</source>
        <translation>Plan: sin cambios</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>With %n more pub(s): %1 hubs needed, %2 to add.</source>
        <translation>
            <numerusform>Con %n pub más: %1 hubs necesarios, %2 por añadir.</numerusform>
            <numerusform>Con %n pubs más: %1 hubs necesarios, %2 por añadir.</numerusform>
        </translation>
    </message>
    <message>
        <source>A hub with that name or address exists already.</source>
        <translation>Ya existe un hub con ese nombre o esa dirección.</translation>
    </message>
    <message>
        <source>Only a drained hub without pubs can be removed. Drain it first and wait until its pubs have moved.</source>
        <translation>Solo se puede eliminar un hub vaciado y sin pubs. Vacíelo primero y espere a que sus pubs se hayan trasladado.</translation>
    </message>
</context>
<context>
    <name>buttcloud::HubsModel</name>
    <message>
        <source>Host key %1</source>
        <translation>Clave de host %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>SSH address</source>
        <translation>Dirección SSH</translation>
    </message>
    <message>
        <source>Pubs</source>
        <translation>Pubs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>buttcloud::HubsPage</name>
    <message>
        <source>&amp;Add Hub…</source>
        <translation>&amp;Añadir hub…</translation>
    </message>
    <message>
        <source>Add a hub</source>
        <translation>Añadir un hub</translation>
    </message>
    <message>
        <source>&amp;Drain…</source>
        <translation>&amp;Vaciar…</translation>
    </message>
    <message>
        <source>Drain the selected hub</source>
        <translation>Vaciar el hub seleccionado</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Remove the selected hub</source>
        <translation>Eliminar el hub seleccionado</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh the hubs</source>
        <translation>Actualizar los hubs</translation>
    </message>
    <message>
        <source>Hubs</source>
        <translation>Hubs</translation>
    </message>
    <message>
        <source>Memory reserved and free per hub</source>
        <translation>Memoria reservada y libre por hub</translation>
    </message>
    <message>
        <source>Memory per hub (GiB)</source>
        <translation>Memoria por hub (GiB)</translation>
    </message>
    <message>
        <source>How many more pubs</source>
        <translation>Cuántos pubs más</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>&amp;What if there were</source>
        <translation>¿&amp;Y si hubiera</translation>
    </message>
    <message>
        <source>more pubs?</source>
        <translation>pubs más?</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Drain Hub</source>
        <translation>Vaciar hub</translation>
    </message>
    <message numerus="yes">
        <source>Drain the hub “%1”? Its %n pub(s) move to other hubs and it takes no new ones.</source>
        <translation>
            <numerusform>¿Vaciar el hub «%1»? Su %n pub se traslada a otros hubs y no admitirá nuevos.</numerusform>
            <numerusform>¿Vaciar el hub «%1»? Sus %n pubs se trasladan a otros hubs y no admitirá nuevos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not drain the hub</source>
        <translation>No se pudo vaciar el hub</translation>
    </message>
    <message>
        <source>Remove Hub</source>
        <translation>Eliminar hub</translation>
    </message>
    <message>
        <source>Remove the hub “%1” from the swarm? The machine itself is left as it is.</source>
        <translation>¿Eliminar el hub «%1» del enjambre? La máquina en sí queda como está.</translation>
    </message>
    <message>
        <source>Could not remove the hub</source>
        <translation>No se pudo eliminar el hub</translation>
    </message>
    <message>
        <source>Run &amp;Command…</source>
        <translation>Ejecutar &amp;comando…</translation>
    </message>
    <message>
        <source>Run a read-only command on every pub of the selected hub</source>
        <translation>Ejecutar un comando de solo lectura en cada pub del hub seleccionado</translation>
    </message>
</context>
<context>
    <name>buttcloud::InvoicesModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pub</source>
        <translation type="unfinished">Pub</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::Job</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Create pub</source>
        <translation>Crear pub</translation>
    </message>
    <message>
        <source>Start pub</source>
        <translation>Iniciar pub</translation>
    </message>
    <message>
        <source>Stop pub</source>
        <translation>Detener pub</translation>
    </message>
    <message>
        <source>Update pub</source>
        <translation>Actualizar pub</translation>
    </message>
    <message>
        <source>Delete pub</source>
        <translation>Eliminar pub</translation>
    </message>
    <message>
        <source>Remove orphaned service</source>
        <translation>Eliminar servicio huérfano</translation>
    </message>
    <message>
        <source>Join hub</source>
        <translation>Unir hub</translation>
    </message>
    <message>
        <source>Drain hub</source>
        <translation>Vaciar hub</translation>
    </message>
    <message>
        <source>Remove hub</source>
        <translation>Eliminar hub</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: falló: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3, attempt %4 of %5)</source>
        <translation>%1: %2 (%3, intento %4 de %5)</translation>
    </message>
    <message>
        <source>Remove canceled pub (data kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export pub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import pub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll out image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::JobProgressTracker</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>buttcloud::JobService</name>
    <message>
        <source>Service missing</source>
        <translation>Falta el servicio</translation>
    </message>
    <message>
        <source>Should run or stop</source>
        <translation>Debería ejecutarse o detenerse</translation>
    </message>
    <message>
        <source>Spec drift</source>
        <translation>Especificación desviada</translation>
    </message>
    <message>
        <source>Orphaned service</source>
        <translation>Servicio huérfano</translation>
    </message>
    <message>
        <source>Hub lost</source>
        <translation>Hub perdido</translation>
    </message>
    <message>
        <source>Only failed or canceled jobs can be retried.</source>
        <translation>Solo se pueden reintentar los trabajos fallidos o cancelados.</translation>
    </message>
    <message>
        <source>The job has already finished.</source>
        <translation>El trabajo ya ha terminado.</translation>
    </message>
</context>
<context>
    <name>buttcloud::JobsModel</name>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>%1 (cancel requested)</source>
        <translation>%1 (cancelación solicitada)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pub</source>
        <translation>Pub</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>buttcloud::JobsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh the jobs</source>
        <translation>Actualizar los trabajos</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Retry the selected job</source>
        <translation>Reintentar el trabajo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>&amp;Cancelar trabajo</translation>
    </message>
    <message>
        <source>Cancel the selected job</source>
        <translation>Cancelar el trabajo seleccionado</translation>
    </message>
    <message>
        <source>Load &amp;Older</source>
        <translation>Cargar más &amp;antiguos</translation>
    </message>
    <message>
        <source>Load older jobs</source>
        <translation>Cargar trabajos más antiguos</translation>
    </message>
    <message>
        <source>Check &amp;Now</source>
        <translation>Comprobar &amp;ahora</translation>
    </message>
    <message>
        <source>Compute the reconcile plan now</source>
        <translation>Calcular ahora el plan de conciliación</translation>
    </message>
    <message>
        <source>Show jobs in state</source>
        <translation>Mostrar trabajos en el estado</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Show jobs of kind</source>
        <translation>Mostrar trabajos del tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Reconcile plan</source>
        <translation>Plan de conciliación</translation>
    </message>
    <message>
        <source>Checked %1: the swarm matches the desired state.</source>
        <translation>Comprobado %1: el enjambre coincide con el estado deseado.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1: %n difference(s).</source>
        <translation>
            <numerusform>Comprobado %1: %n diferencia.</numerusform>
            <numerusform>Comprobado %1: %n diferencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue and history</source>
        <translation>Cola e historial</translation>
    </message>
    <message>
        <source>Reconcile plan (dry run)</source>
        <translation>Plan de conciliación (simulación)</translation>
    </message>
</context>
<context>
    <name>buttcloud::LogLinesModel</name>
    <message>
        <source>stderr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line was longer and has been cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Hora</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::MainWindow</name>
    <message>
        <source>ButtCloud</source>
        <translation>ButtCloud</translation>
    </message>
    <message>
        <source>&amp;New Pub…</source>
        <translation>&amp;Nuevo pub…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Pub</source>
        <translation>&amp;Pub</translation>
    </message>
    <message>
        <source>Pubs</source>
        <translation>Pubs</translation>
    </message>
    <message>
        <source>Filter pubs</source>
        <translation>Filtrar pubs</translation>
    </message>
    <message>
        <source>Filter by name, address or status</source>
        <translation>Filtrar por nombre, dirección o estado</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) to %3</source>
        <translation>Sesión de %1 (%2) en %3</translation>
    </message>
    <message>
        <source>Pub %1 is being created.</source>
        <translation>Se está creando el pub %1.</translation>
    </message>
    <message>
        <source>Could not start the pub</source>
        <translation>No se pudo iniciar el pub</translation>
    </message>
    <message>
        <source>Could not stop the pub</source>
        <translation>No se pudo detener el pub</translation>
    </message>
    <message>
        <source>Delete Pub</source>
        <translation>Eliminar pub</translation>
    </message>
    <message>
        <source>Delete the pub “%1”? Its peers will no longer reach it at %2.</source>
        <translation>¿Eliminar el pub «%1»? Sus pares ya no lo alcanzarán en %2.</translation>
    </message>
    <message>
        <source>Also delete its data (identity, messages and invites): this cannot be undone</source>
        <translation>Eliminar también sus datos (identidad, mensajes e invitaciones): no se puede deshacer</translation>
    </message>
    <message>
        <source>Could not delete the pub</source>
        <translation>No se pudo eliminar el pub</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>support</source>
        <translation>soporte</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Run &amp;Command…</source>
        <translation>Ejecutar &amp;comando…</translation>
    </message>
    <message>
        <source>Run a read-only command on the selected pubs</source>
        <translation>Ejecutar un comando de solo lectura en los pubs seleccionados</translation>
    </message>
    <message>
        <source>&amp;Pubs</source>
        <translation>&amp;Pubs</translation>
    </message>
    <message>
        <source>&amp;Hubs</source>
        <translation>&amp;Hubs</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Trabajos</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>Registro de a&amp;uditoría</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Hubs</source>
        <translation>Hubs</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Your email address is verified.</source>
        <translation>Su correo electrónico está verificado.</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ButtCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is changed; every other sign-in of your account has ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::NewPlanDialog</name>
    <message>
        <source>New Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free trial days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory per pub in MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free &amp;trial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory per pub:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price, currency and interval cannot change later: retire the plan and make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Type the price in %1 with at most %n decimal(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>buttcloud::OfflineBanner</name>
    <message>
        <source>Live updates status</source>
        <translation>Estado de las actualizaciones en vivo</translation>
    </message>
    <message>
        <source>%1 Figures and statuses may be out of date; reconnecting…</source>
        <translation>%1 Las cifras y estados pueden estar desactualizados; reconectando…</translation>
    </message>
</context>
<context>
    <name>buttcloud::PasswordResetDialog</name>
    <message>
        <source>&amp;Send Reset Link</source>
        <translation>&amp;Enviar enlace</translation>
    </message>
    <message>
        <source>I &amp;Have a Link</source>
        <translation>&amp;Ya tengo un enlace</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>&amp;Cambiar contraseña</translation>
    </message>
    <message>
        <source>Password reset message</source>
        <translation>Mensaje del restablecimiento de contraseña</translation>
    </message>
    <message>
        <source>Reset Your Password</source>
        <translation>Restablecer su contraseña</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>usted@example.org</translation>
    </message>
    <message>
        <source>Enter a reset link you already got by mail.</source>
        <translation>Escriba un enlace para restablecer que ya recibió por correo.</translation>
    </message>
    <message>
        <source>Reset link</source>
        <translation>Enlace para restablecer</translation>
    </message>
    <message>
        <source>buttcloud://reset-password?token=…</source>
        <translation>buttcloud://reset-password?token=…</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>al menos %1 caracteres</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repetir la nueva contraseña</translation>
    </message>
    <message>
        <source>Enter the email address of your account. If it has one, the server mails a link to set a new password.</source>
        <translation>Escriba el correo electrónico de su cuenta. Si tiene una, el servidor le envía un enlace para elegir una contraseña nueva.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>Reset &amp;link:</source>
        <translation>&amp;Enlace:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>Paste the link from the password reset mail, or the code after token=.</source>
        <translation>Pegue el enlace del correo para restablecer la contraseña, o el código que sigue a token=.</translation>
    </message>
    <message>
        <source>Choose a new password for your account.</source>
        <translation>Elija una contraseña nueva para su cuenta.</translation>
    </message>
    <message>
        <source>Check your mail. If %1 has an account, a link to reset its password is on its way; it works for an hour. Paste the link or the code after token= here.</source>
        <translation>Revise su correo. Si %1 tiene una cuenta, va en camino un enlace para restablecer su contraseña; sirve durante una hora. Pegue aquí el enlace o el código que sigue a token=.</translation>
    </message>
</context>
<context>
    <name>buttcloud::PastDueModel</name>
    <message>
        <source>Pub</source>
        <translation type="unfinished">Pub</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>Grace ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::PlansModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished">Memoria</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::PubAlertNotifier</name>
    <message>
        <source>Pub %1 ran out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker stopped the pub “%1” because it used all of its memory. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pub %1 is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pub “%1” stopped while it should run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pub “%1” stopped while it should run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More pubs are in trouble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several pubs went down within a minute; the pubs list shows which.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::PubLogFeed</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::PubLogView</name>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause following the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines, or all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the shown lines to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the newest lines again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n new line(s) waiting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching line(s) of %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Following live: %n line(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pub-log.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::PubName</name>
    <message numerus="yes">
        <source>A name has at most %n characters.</source>
        <translation>
            <numerusform>Un nombre tiene como máximo %n carácter.</numerusform>
            <numerusform>Un nombre tiene como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Escriba un nombre.</translation>
    </message>
    <message>
        <source>Use only lowercase letters a-z, digits and hyphens.</source>
        <translation>Use solo minúsculas a-z, dígitos y guiones.</translation>
    </message>
    <message>
        <source>A name cannot start or end with a hyphen.</source>
        <translation>Un nombre no puede empezar ni terminar con guion.</translation>
    </message>
    <message>
        <source>Enter a valid name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::PubPage</name>
    <message>
        <source>%1 — ButtCloud</source>
        <translation>%1 — ButtCloud</translation>
    </message>
    <message>
        <source>Pub sections</source>
        <translation>Secciones del pub</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>Co&amp;mmands</source>
        <translation>Co&amp;mandos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 % of one core</source>
        <translation>%1 % de un núcleo</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::PubService</name>
    <message>
        <source>That pub name is taken.</source>
        <translation>Ese nombre de pub ya está en uso.</translation>
    </message>
</context>
<context>
    <name>buttcloud::PubTimelineView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">&amp;Actualizar</translation>
    </message>
    <message>
        <source>Load &amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the newest entries again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the timeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>buttcloud::PubWebLinks</name>
    <message>
        <source>Landing page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git repositories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::PubsModel</name>
    <message>
        <source>Not deployed</source>
        <translation>Sin desplegar</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Deteniendo</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Eliminando</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
</context>
<context>
    <name>buttcloud::ReconcilePlanModel</name>
    <message>
        <source>%1 (would be queued)</source>
        <translation>%1 (se pondría en cola)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Pub or service</source>
        <translation>Pub o servicio</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>handled by job %1</source>
        <translation>gestionado por la tarea %1</translation>
    </message>
</context>
<context>
    <name>buttcloud::RecordPaymentDialog</name>
    <message>
        <source>Record a Payment for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. bank transfer of 24 November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment received outside ButtCloud (e.g. a bank transfer). It is recorded as a paid invoice and a suspended pub starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency is a three-letter code such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Type the amount in %1 with at most %n decimal(s), e.g. %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>buttcloud::RevenueModel</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::Session</name>
    <message>
        <source>You are not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <source>No keychain is available, so ButtCloud cannot remember you. You will need to sign in next time.</source>
        <translation>No hay llavero disponible, así que ButtCloud no puede recordarle. Tendrá que iniciar sesión la próxima vez.</translation>
    </message>
    <message>
        <source>No keychain is available (%1), so ButtCloud cannot remember you. You will need to sign in next time.</source>
        <translation>No hay llavero disponible (%1), así que ButtCloud no puede recordarle. Tendrá que iniciar sesión la próxima vez.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::SettingsDialog</name>
    <message>
        <source>Tell me on the desktop when a pub goes &amp;down or runs out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server profile message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The windows are rebuilt in the new language when you press OK; open pub windows close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Fleet, Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished">Dirección del servidor</translation>
    </message>
    <message>
        <source>https://buttcloud.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and sign in to this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>The address must be an http:// or https:// URL of a ButtCloud server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::SignInDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Recordarme en este equipo</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to ButtCloud</source>
        <translation>Iniciar sesión en ButtCloud</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>usted@example.org</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Recordarme</translation>
    </message>
    <message>
        <source>Keeps a sign-in token in the system keychain, never the password.</source>
        <translation>Guarda un token de sesión en el llavero del sistema, nunca la contraseña.</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Error de inicio de sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rvidor:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Enter the server address, for example %1.</source>
        <translation>Escriba la dirección del servidor, por ejemplo %1.</translation>
    </message>
    <message>
        <source>Enter the email address of your account.</source>
        <translation>Escriba el correo electrónico de su cuenta.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>¿Ol&amp;vidó su contraseña?</translation>
    </message>
    <message>
        <source>Your password is changed and every earlier sign-in ended. Sign in with the new password.</source>
        <translation>Su contraseña se ha cambiado y todas las sesiones anteriores han terminado. Inicie sesión con la nueva contraseña.</translation>
    </message>
    <message>
        <source>Your email address is verified. Sign in to continue.</source>
        <translation>Su correo electrónico está verificado. Inicie sesión para continuar.</translation>
    </message>
</context>
<context>
    <name>buttcloud::StatsChartsView</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Intervalo de tiempo</translation>
    </message>
    <message>
        <source>Pause live charts</source>
        <translation>Pausar los gráficos en vivo</translation>
    </message>
    <message>
        <source>Export the shown samples as CSV</source>
        <translation>Exportar las muestras mostradas como CSV</translation>
    </message>
    <message>
        <source>Values under the mouse</source>
        <translation>Valores bajo el ratón</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Intervalo:</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>% of one core</source>
        <translation>% de un núcleo</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usada</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation>KiB/s</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Block I/O</source>
        <translation>E/S de bloque</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Gráfico de %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Resume live charts</source>
        <translation>Reanudar los gráficos en vivo</translation>
    </message>
    <message>
        <source>Export Samples</source>
        <translation>Exportar muestras</translation>
    </message>
    <message>
        <source>pub-stats.csv</source>
        <translation>estadisticas-pub.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the samples</source>
        <translation>No se pudieron exportar las muestras</translation>
    </message>
    <message>
        <source>%1 · CPU %2 % · Memory %3 of %4 · Network ↓ %5/s ↑ %6/s · Disk read %7/s, write %8/s</source>
        <translation>%1 · CPU %2 % · Memoria %3 de %4 · Red ↓ %5/s ↑ %6/s · Disco lectura %7/s, escritura %8/s</translation>
    </message>
</context>
<context>
    <name>buttcloud::StatsCsv</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>buttcloud::SubscribeDialog</name>
    <message>
        <source>Subscribe %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::SubscriptionsModel</name>
    <message>
        <source>Pub</source>
        <translation type="unfinished">Pub</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (free of charge)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::TimelineModel</name>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished">Trabajo</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished">Comando</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Hora</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::UsersModel</name>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::VerifyEmailBanner</name>
    <message>
        <source>Email verification</source>
        <translation>Verificación del correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Verificar…</translation>
    </message>
    <message>
        <source>Verify email address</source>
        <translation>Verificar el correo electrónico</translation>
    </message>
    <message>
        <source>Your email address %1 is not verified yet. Open the link in the welcome mail, or choose Verify… and paste it.</source>
        <translation>Su correo electrónico %1 aún no está verificado. Abra el enlace del correo de bienvenida, o elija «Verificar…» y péguelo.</translation>
    </message>
</context>
<context>
    <name>buttcloud::VerifyEmailDialog</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Verification message</source>
        <translation>Mensaje de verificación</translation>
    </message>
    <message>
        <source>Verify Your Email Address</source>
        <translation>Verificar su correo electrónico</translation>
    </message>
    <message>
        <source>Paste the link from the welcome mail, or the code after token=.</source>
        <translation>Pegue el enlace del correo de bienvenida, o el código que sigue a token=.</translation>
    </message>
    <message>
        <source>Verification link</source>
        <translation>Enlace de verificación</translation>
    </message>
    <message>
        <source>buttcloud://verify-email?token=…</source>
        <translation>buttcloud://verify-email?token=…</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Enlace:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run Scuttlebutt pubs on ButtCloud.</source>
        <translation>Ejecute pubs de Scuttlebutt en ButtCloud.</translation>
    </message>
    <message>
        <source>Sign in to the server at &lt;url&gt;.</source>
        <translation>Iniciar sesión en el servidor en &lt;url&gt;.</translation>
    </message>
    <message>
        <source>A link from a ButtCloud mail (buttcloud://verify-email?token=... or buttcloud://reset-password?token=...) to open.</source>
        <translation>Un enlace de un correo de ButtCloud (buttcloud://verify-email?token=... o buttcloud://reset-password?token=...) que abrir.</translation>
    </message>
</context>
</TS>
