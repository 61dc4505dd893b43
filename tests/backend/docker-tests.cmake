# Tests of the Docker Engine client (buttcloud_docker) and the pub runtime (buttcloud_swarm).
# Included from tests/backend/CMakeLists.txt; paths are relative to this file.
set(_docker_tests_dir ${CMAKE_CURRENT_LIST_DIR})

buttcloud_add_test(tst_dockerhttpcodec LABEL unit
    SOURCES ${_docker_tests_dir}/tst_dockerhttpcodec.cpp LIBS buttcloud_docker)
buttcloud_add_test(tst_dockerstreamdemuxer LABEL unit
    SOURCES ${_docker_tests_dir}/tst_dockerstreamdemuxer.cpp LIBS buttcloud_docker)

# A scripted engine on a private unix socket, for unit tests of the client and the runtime.
add_library(buttcloud_dockerfake STATIC ${_docker_tests_dir}/dockerfakeengine.h ${_docker_tests_dir}/dockerfakeengine.cpp)
target_include_directories(buttcloud_dockerfake PUBLIC ${_docker_tests_dir})
target_link_libraries(buttcloud_dockerfake PUBLIC Qt6::Core Qt6::Network)

buttcloud_add_test(tst_dockerengine LABEL unit
    SOURCES ${_docker_tests_dir}/tst_dockerengine.cpp LIBS buttcloud_docker buttcloud_dockerfake)

# The program inside the small image the swarm tests run (no registry: built locally FROM scratch).
add_executable(buttcloud_dockersleeper ${_docker_tests_dir}/dockersleeper.cpp)
# Plain options only: sanitizer runtimes cannot link statically.
set_target_properties(buttcloud_dockersleeper PROPERTIES AUTOMOC OFF COMPILE_OPTIONS "" LINK_OPTIONS "-static")

buttcloud_add_test(tst_dockerswarm LABEL integration TIMEOUT 300
    SOURCES ${_docker_tests_dir}/tst_dockerswarm.cpp LIBS buttcloud_swarm)
set_tests_properties(tst_dockerswarm PROPERTIES COST 15) # seconds, as the integration tests' COST
target_compile_definitions(tst_dockerswarm PRIVATE
    BUTTCLOUD_DOCKER_SLEEPER="$<TARGET_FILE:buttcloud_dockersleeper>")
add_dependencies(tst_dockerswarm buttcloud_dockersleeper)

buttcloud_add_test(tst_dockerpubspec LABEL unit
    SOURCES ${_docker_tests_dir}/tst_dockerpubspec.cpp LIBS buttcloud_swarm)
buttcloud_add_test(tst_dockerpubobservation LABEL unit
    SOURCES ${_docker_tests_dir}/tst_dockerpubobservation.cpp LIBS buttcloud_swarm)
# Replies recorded from Docker 20.10 (node TLS details removed, host name replaced).
target_compile_definitions(tst_dockerpubobservation PRIVATE
    BUTTCLOUD_DOCKER_TEST_DATA="${_docker_tests_dir}/dockerdata")
buttcloud_add_test(tst_dockerpubruntime LABEL unit
    SOURCES ${_docker_tests_dir}/tst_dockerpubruntime.cpp LIBS buttcloud_swarm buttcloud_dockerfake)
buttcloud_add_test(tst_dockerpubcontainers LABEL unit
    SOURCES ${_docker_tests_dir}/tst_dockerpubcontainers.cpp LIBS buttcloud_swarm buttcloud_dockerfake)

# Logs with timestamps (demultiplexed into lines) and the event stream's JSON lines.
buttcloud_add_test(tst_dockerlogparser LABEL unit
    SOURCES ${_docker_tests_dir}/tst_dockerlogparser.cpp LIBS buttcloud_docker)
# Pub logs from Docker's service logs, against the scripted engine.
buttcloud_add_test(tst_dockerpublogs LABEL unit
    SOURCES ${_docker_tests_dir}/tst_dockerpublogs.cpp LIBS buttcloud_backend buttcloud_dockerfake)
# Export and import of a pub's data volume: the requests, and the clean-up on every failure.
buttcloud_add_test(tst_volumearchive LABEL unit
    SOURCES ${_docker_tests_dir}/tst_volumearchive.cpp LIBS buttcloud_swarm buttcloud_dockerfake)
