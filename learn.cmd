@echo off
rem The learner's loop on Windows:  learn list | check <exercise> | hint <exercise> | reset <exercise> | watch [exercise] | help
rem Needs JAVA_HOME pointing at a JDK 21+ (or its javac on the PATH). Builds the tool (module learn-tool) and the
rem exercises' test class path (exercises\target\learn-test.classpath) once; after changing a pom, the tool or a
rem chapter's code, delete .learn\tool to rebuild them (./learn on Linux/macOS notices such changes by itself).
setlocal
set "ROOT=%~dp0"
if "%ROOT:~-1%"=="\" set "ROOT=%ROOT:~0,-1%"
set "TOOL=%ROOT%\.learn\tool"

if not defined JAVA_HOME (
  for /f "delims=" %%j in ('where javac 2^>nul') do if not defined JAVA_HOME for %%d in ("%%~dpj..") do set "JAVA_HOME=%%~fd"
)
if not exist "%JAVA_HOME%\bin\javac.exe" (
  echo No JDK found: install a JDK 21 or newer ^(e.g. Temurin 25 from https://adoptium.net^) and set JAVA_HOME to it. 1>&2
  exit /b 1
)

set "REBUILD="
if not exist "%TOOL%\learn.jar" set "REBUILD=1"
if not exist "%TOOL%\exercises.classpath" set "REBUILD=1"
if defined REBUILD (
  echo Building the learner's tool ^(first run^) ... 1>&2
  pushd "%ROOT%"
  rem Only what the tool needs: no tests, no snippet runs, and not the learner's stubs, which the tool compiles itself.
  call mvnw.cmd -q -B -pl learn-tool,exercises -am package -Dmaven.test.skip=true -Dexec.skip=true -DskipStubs=true 1>&2
  if errorlevel 1 ( popd & echo Could not build the tool: run mvnw.cmd -pl learn-tool,exercises -am package -Dmaven.test.skip=true -Dexec.skip=true -DskipStubs=true 1>&2 & exit /b 1 )
  popd
  if not exist "%TOOL%" mkdir "%TOOL%"
  if not exist "%TOOL%" ( echo Cannot write %ROOT%\.learn\: learn.cmd keeps its files there, so the workbook must be in a folder you can write to. 1>&2 & exit /b 2 )
  copy /y "%ROOT%\learn-tool\target\learn.classpath" "%TOOL%\classpath" >nul
  copy /y "%ROOT%\learn-tool\target\learn-1.0-SNAPSHOT.jar" "%TOOL%\learn.jar" >nul
  copy /y "%ROOT%\exercises\target\learn-test.classpath" "%TOOL%\exercises.classpath" >nul
  del /q "%TOOL%\*.jsa" 2>nul
)

rem JDK 23+ warns on every run when a library uses sun.misc.Unsafe (chapter 08's Hazelcast does); JDK 21 lacks the flag.
rem The major version comes from the JDK's release file: JAVA_VERSION="25.0.1" gives 25.
set "MAJOR=0"
for /f "tokens=2 delims==" %%v in ('findstr /b "JAVA_VERSION=" "%JAVA_HOME%\release" 2^>nul') do set "MAJOR=%%~v"
for /f "tokens=1 delims=." %%m in ("%MAJOR%") do set "MAJOR=%%m"
set "JVMFLAGS="
if %MAJOR% GEQ 23 set "JVMFLAGS=--sun-misc-unsafe-memory-access=allow"

rem for /f, not set /p: set /p reads at most 1023 characters, and the class path line is longer than that.
for /f "usebackq delims=" %%c in ("%TOOL%\classpath") do set "DEPS=%%c"
rem The learner's code runs in child JVMs the tool starts; they share a class-data archive, written by the first one.
"%JAVA_HOME%\bin\java" %JVMFLAGS% -Dworkbook.root="%ROOT%" -Dlearn.child.archive="%TOOL%\child.jsa" -Dlearn.classpath.file="%TOOL%\exercises.classpath" -cp "%TOOL%\learn.jar;%DEPS%" workbook.learn.Main %*
exit /b %errorlevel%
