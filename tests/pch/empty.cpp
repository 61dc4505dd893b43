// The translation unit the tests' precompiled Qt headers are built with (tests/CMakeLists.txt).
