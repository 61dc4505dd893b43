# CPack: two Debian packages from one build, buttcloudd (install component "server") and buttcloud
# (component "client"). `ninja debs` builds what they hold and writes them to <build>/packages;
# scripts/lib/package-check.sh also installs and checks them. Included last from the top-level
# CMakeLists.txt, after every install rule.

# The packages hold the two programs and packaging/'s files only: building them must not build every
# test and benchmark first, as CPack's default (the target "all" before installing) would.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME buttcloud)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "ButtCloud developers")
set(CPACK_PACKAGE_CONTACT "ButtCloud developers <dev@buttcloud.example.org>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_OUTPUT_FILE_PREFIX ${CMAKE_BINARY_DIR}/packages)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL server)
if(BUTTCLOUD_BUILD_CLIENT)
    list(APPEND CPACK_COMPONENTS_ALL client)
endif()

# Each component's description below starts with its own summary line: no common summary before it.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# Depends on the shared libraries the programs link, found by dpkg-shlibdeps; the Depends below add
# what is only loaded at run time (Qt plugins) or run by the maintainer scripts.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME buttcloudd)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite")
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "docker.io | docker-ce")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "libqt6sql6-psql")
set(CPACK_COMPONENT_SERVER_DESCRIPTION "ButtCloud server: Scuttlebutt pubs on Docker Swarm
buttcloudd runs Scuttlebutt pubs (ssb-server) as Docker Swarm services, for
customers of an operator or on one's own machines. It offers a REST and
WebSocket API with users and roles, keeps every change to the swarm as a
durable job, reconciles the swarm with the desired state, collects live
statistics, runs allow-listed pub commands and sends mail.
.
This package runs the server as the system user buttcloud (a systemd unit,
with its data in /var/lib/buttcloud and its configuration in
/etc/buttcloud/buttcloudd.conf).")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_LIST_DIR}/server/postinst
    ${CMAKE_CURRENT_LIST_DIR}/server/prerm
    ${CMAKE_CURRENT_LIST_DIR}/server/postrm
    ${CMAKE_CURRENT_LIST_DIR}/server/conffiles)
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME buttcloud)
set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION net)
# The SVG window icon is drawn by Qt's SVG plugins; QtKeychain loads libsecret when it runs.
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS "libsecret-1-0")
set(CPACK_DEBIAN_CLIENT_PACKAGE_SUGGESTS "gnome-keyring")
set(CPACK_COMPONENT_CLIENT_DESCRIPTION "desktop client for Scuttlebutt pubs on ButtCloud
buttcloud is the Qt desktop client of a ButtCloud server: create Scuttlebutt
pubs and follow them live, run pub commands (invites as QR codes), add hubs
over SSH, follow jobs, the reconcile plan and the audit log. It speaks
English, German and Spanish.")

include(CPack)

# `ninja debs`: the packages from what they hold, without building everything else first.
add_custom_target(debs
    COMMAND ${CMAKE_CPACK_COMMAND} -G DEB --config ${CMAKE_BINARY_DIR}/CPackConfig.cmake
    WORKING_DIRECTORY ${CMAKE_BINARY_DIR}
    COMMENT "Building the Debian packages into ${CPACK_OUTPUT_FILE_PREFIX}"
    USES_TERMINAL
    VERBATIM)
add_dependencies(debs buttcloudd buttcloud_manpages)
if(BUTTCLOUD_BUILD_CLIENT)
    add_dependencies(debs buttcloud buttcloud_icons)
endif()
