# Fails when lupdate finds a string of the client that German or Spanish leave untranslated.
# Runs lupdate on copies in WORK_DIR, so the .ts files in the tree are never touched.
# cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P checktranslations.cmake
file(GLOB sources ${SOURCE_DIR}/models/*.h ${SOURCE_DIR}/models/*.cpp ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp
     ${SOURCE_DIR}/app/client/*.h ${SOURCE_DIR}/app/client/*.cpp)
file(MAKE_DIRECTORY ${WORK_DIR})
foreach(language de es)
    set(copy ${WORK_DIR}/buttcloud_${language}.ts)
    file(COPY_FILE ${SOURCE_DIR}/translations/buttcloud_${language}.ts ${copy})
    execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none -I ${SOURCE_DIR} ${sources} -ts ${copy}
                    RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed for ${language}")
    endif()
    file(STRINGS ${copy} unfinished REGEX "type=\"unfinished\"")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        message(FATAL_ERROR "translations/buttcloud_${language}.ts: ${count} unfinished string(s); run `ninja update_translations` and translate them")
    endif()
endforeach()
message(STATUS "German and Spanish translations are complete")
