<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot reach its Docker engine right now. Please try again later.</source>
        <translation>El servidor no puede contactar con su motor Docker ahora. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The server hit an internal error; its log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not understand the request (HTTP %1). The client and server versions may not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an unexpected error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 sent a reply this client does not understand (HTTP %2). Is it a ButtCloud server?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>buttcloud::ApiJob</name>
    <message numerus="yes">
        <source>The server at %1 did not answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached at %1: %2.</source>
        <translation>No se pudo contactar con el servidor en %1: %2.</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create pub</source>
        <translation>Crear pub</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and hyphens; up to %1 characters. The name is part of the pub&apos;s address and cannot be changed later.</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>buttcloud::PubName</name>
    <message numerus="yes">
        <source>A name has at most %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</context>
<context>
    <name>buttcloud::PubService</name>
    <message>
        <source>That pub name is taken.</source>
        <translation>Ese nombre de pub ya está en uso.</translation>
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
</context>
<context>
    <name>buttcloud::Session</name>
    <message>
        <source>You are not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <source>No keychain is available, so ButtCloud cannot remember you. You will need to sign in next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1), so ButtCloud cannot remember you. You will need to sign in next time.</source>
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
</context>
</TS>
