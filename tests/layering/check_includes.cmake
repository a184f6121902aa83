# The one-way arrows between the layers, checked on the sources: every project header is
# included with its layer ("core/Order.h", "services/OrderService.h", "ui/orders/…"), so the
# first word of an include says which layer it reaches into. Run by ctest as tst_layering:
#   cmake -DSOURCE_DIR=<project> -P check_includes.cmake
# A folder, then the layers its files may include.
cmake_minimum_required(VERSION 3.25)
set(rules
  "app/core=core"
  "app/security=core,security"
  "app/api=core,api"
  "app/services=core,api,security,services"
  "models=core,models"
  "app/cli=core,api,security,services,cli"
  "ui=core,api,security,services,models,ui"
  "app/gui=core,api,security,services,models,ui"
  "sandbox=sandbox")
set(layers core api security services models cli ui sandbox)
set(problems "")
set(checked 0)
foreach(rule IN LISTS rules)
  string(REPLACE "=" ";" parts "${rule}")
  list(GET parts 0 folder)
  list(GET parts 1 allowed)
  string(REPLACE "," ";" allowed "${allowed}")
  file(GLOB_RECURSE sources "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp")
  foreach(source IN LISTS sources)
    math(EXPR checked "${checked} + 1")
    file(RELATIVE_PATH name "${SOURCE_DIR}" "${source}")
    file(STRINGS "${source}" includes REGEX "^#include \"")
    foreach(line IN LISTS includes)
      string(REGEX REPLACE "^#include \"([^\"]+)\".*" "\\1" header "${line}")
      if(NOT header MATCHES "/")
        # Generated (ui_*.h, *.moc) or beside the file; a project header here is an error.
        if(NOT header MATCHES "^ui_|\\.moc$")
          list(APPEND problems "${name}: \"${header}\" is not named with its layer")
        endif()
        continue()
      endif()
      string(REGEX REPLACE "/.*" "" layer "${header}")
      if(NOT layer IN_LIST layers)
        list(APPEND problems "${name}: \"${header}\" names no layer")
      elseif(NOT layer IN_LIST allowed)
        list(APPEND problems "${name}: ${folder} may not include ${header}")
      endif()
      # Screens and CLI verbs go through app/services, never an endpoint call or list job.
      if((folder STREQUAL "ui" OR folder STREQUAL "app/cli") AND header MATCHES "^api/.*(Call|Job|Endpoints)\\.h$")
        list(APPEND problems "${name}: ${header} is an endpoint; ask a service")
      endif()
    endforeach()
  endforeach()
endforeach()
list(LENGTH problems count)
if(count GREATER 0)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "${count} include(s) break the layers:\n  ${text}")
endif()
message(STATUS "${checked} files: every include follows the layers")
