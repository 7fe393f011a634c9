@echo off
rem The learner's loop on Windows:  learn list | check <exercise> | hint <exercise> | reset <exercise> | watch [exercise] | help
rem Needs JAVA_HOME pointing at a JDK 21+ (or its javac on the PATH). Builds the tool (module learn-tool) once;
rem after changing a pom or the tool, delete .learn\tool to rebuild it. The bash script ./learn does the same on Linux/macOS.
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

if not exist "%TOOL%\learn.jar" (
  echo Building the learner's tool ^(first run^) ... 1>&2
  pushd "%ROOT%"
  call mvnw.cmd -q -B -pl learn-tool -am package -DskipTests 1>&2
  if errorlevel 1 ( popd & echo Could not build the tool: run mvnw.cmd -pl learn-tool -am package -DskipTests 1>&2 & exit /b 1 )
  popd
  if not exist "%TOOL%" mkdir "%TOOL%"
  copy /y "%ROOT%\learn-tool\target\learn.classpath" "%TOOL%\classpath" >nul
  copy /y "%ROOT%\learn-tool\target\learn-1.0-SNAPSHOT.jar" "%TOOL%\learn.jar" >nul
)

set /p DEPS=<"%TOOL%\classpath"
"%JAVA_HOME%\bin\java" -Dworkbook.root="%ROOT%" -cp "%TOOL%\learn.jar;%DEPS%" workbook.learn.Main %*
exit /b %errorlevel%
