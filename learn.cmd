@echo off
rem The learner's loop on Windows:  learn list | check <exercise> | hint <exercise> | reset <exercise> | watch [exercise] | help
rem The same launcher as ./learn (read it for the why of each step), in cmd: it finds a JDK 21+ (remembered in
rem .learn\tool\jdk.cmd for the same JAVA_HOME), builds the tool (module learn-tool) and the exercises' test class
rem path with the Maven wrapper once, and again only when the content of a pom, the tool or a chapter's main code
rem changes (digest: .mvn\sources-digest.ps1), then runs workbook.learn.Main. Only the terminal differs: watch
rem reads whole lines here (type a key, then Enter), as ./learn does when it is not on a terminal.
rem NOT TESTED on Windows by the project's own tests (they run on Linux): report what does not work.
setlocal EnableExtensions
set "PREPARE="
set "ROOT=%~dp0"
if "%ROOT:~-1%"=="\" set "ROOT=%ROOT:~0,-1%"
set "TOOL=%ROOT%\.learn\tool"

if not exist "%TOOL%" mkdir "%TOOL%" 2>nul
copy /y nul "%TOOL%\.writable" >nul 2>&1 || (
  echo Cannot write %ROOT%\.learn\: learn.cmd keeps its files there, so the workbook must be in a folder you can write to ^(copy it elsewhere^). 1>&2
  exit /b 2
)
del /q "%TOOL%\.writable" 2>nul

rem Finding a JDK: the answer is kept, for the same JAVA_HOME, while that JDK is there.
set "JDK="
set "CACHED_FOR="
if exist "%TOOL%\jdk.cmd" call "%TOOL%\jdk.cmd"
if not "%CACHED_FOR%"=="JAVA_HOME=%JAVA_HOME%" set "JDK="
if defined JDK if not exist "%JDK%\bin\javac.exe" set "JDK="
if not defined JDK (
  call :find_jdk
  set "FOUND=1"
  if not defined JDK (
    echo No JDK 21 or newer found ^(looked at JAVA_HOME, the other JAVA..._HOME variables, the usual install folders and the javac on the PATH^): install one, e.g. Temurin 25 from https://adoptium.net, and set JAVA_HOME to it. 1>&2
    exit /b 1
  )
)
if defined FOUND (
  > "%TOOL%\jdk.cmd" echo set "CACHED_FOR=JAVA_HOME=%JAVA_HOME%"
  >> "%TOOL%\jdk.cmd" echo set "JDK=%JDK%"
)

rem Rebuild when a file the tool needs is missing, or what it is built from changed (by content, not by date).
set "DIGEST="
for /f "usebackq delims=" %%d in (`powershell -NoProfile -ExecutionPolicy Bypass -File "%ROOT%\.mvn\sources-digest.ps1" "%ROOT%"`) do set "DIGEST=%%d"
set "REBUILD="
for %%f in (learn.jar classpath exercises.classpath windows-digest) do if not exist "%TOOL%\%%f" set "REBUILD=1"
set "BUILT="
if exist "%TOOL%\windows-digest" set /p BUILT=<"%TOOL%\windows-digest"
if not defined DIGEST set "REBUILD=1"
if not "%BUILT%"=="%DIGEST%" set "REBUILD=1"
if defined REBUILD goto build
rem for /f, not set /p: set /p reads at most 1023 characters, and the class path line is longer than that.
for /f "usebackq delims=" %%c in ("%TOOL%\classpath") do set "DEPS=%%c"
for /f "usebackq delims=" %%c in ("%TOOL%\exercises.classpath") do set "EXDEPS=%%c"
for %%j in ("%DEPS:;=" "%" "%EXDEPS:;=" "%") do if not "%%~j"=="" if not exist "%%~j" set "REBUILD=1"
if not defined REBUILD goto run

:build
echo Building the learner's tool with Maven (the first time takes 10 to 60 seconds, by how busy the machine is; again only when its sources change): 1>&2
pushd "%ROOT%"
rem Only what the tool needs: no tests, no snippet runs, and not the learner's stubs (the tool compiles those).
set "JAVA_HOME=%JDK%"
call mvnw.cmd -B -ntp -pl learn-tool,exercises -am package -Dmaven.test.skip=true -Dexec.skip=true -DskipStubs=true 1>&2
if errorlevel 1 (
  popd
  echo Could not build the tool: see above, or run: mvnw.cmd -pl learn-tool,exercises -am package -Dmaven.test.skip=true -Dexec.skip=true -DskipStubs=true 1>&2
  exit /b 1
)
popd
rem A copy, so that mvnw clean or a rebuild never pulls the classes from under a running watch.
copy /y "%ROOT%\learn-tool\target\learn-1.0-SNAPSHOT.jar" "%TOOL%\learn.jar" >nul
copy /y "%ROOT%\learn-tool\target\learn.classpath" "%TOOL%\classpath" >nul
copy /y "%ROOT%\exercises\target\learn-test.classpath" "%TOOL%\exercises.classpath" >nul
del /q "%TOOL%\*.jsa" "%TOOL%\*.aot" 2>nul
rem As ./learn: the command below makes the test JVMs' AOT cache first (JDK 25+).
set "PREPARE=-Dlearn.prepare.child=true"
> "%TOOL%\windows-digest" echo %DIGEST%
for /f "usebackq delims=" %%c in ("%TOOL%\classpath") do set "DEPS=%%c"

:run
rem As ./learn: a class-data archive per command and the quick JIT alone for one-shot commands; watch keeps both JITs.
set "COMMAND=%~1"
if "%COMMAND%"=="" set "COMMAND=help"
set "KNOWN="
for %%k in (list check hint reset watch) do if /i "%COMMAND%"=="%%k" set "KNOWN=1"
if not defined KNOWN set "COMMAND=other"
set "JVMFLAGS=-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="%TOOL%\%COMMAND%.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off"
if /i not "%COMMAND%"=="watch" set "JVMFLAGS=%JVMFLAGS% -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
rem JDK 23+ warns on every run when a library uses sun.misc.Unsafe (chapter 08's Hazelcast does); JDK 21 lacks the flag.
call :major "%JDK%"
if %MAJOR% GEQ 23 set "JVMFLAGS=%JVMFLAGS% --sun-misc-unsafe-memory-access=allow"
"%JDK%\bin\java" %JVMFLAGS% %PREPARE% -Dworkbook.root="%ROOT%" -Dlearn.child.archive="%TOOL%\child.jsa" -Dlearn.classpath.file="%TOOL%\exercises.classpath" -cp "%TOOL%\learn.jar;%DEPS%" workbook.learn.Main %*
exit /b %errorlevel%

rem ---- :major <jdk folder>: MAJOR = its feature version from its release file (JAVA_VERSION="25.0.1" gives 25), else 0
:major
set "MAJOR=0"
for /f "tokens=2 delims==" %%v in ('findstr /b "JAVA_VERSION=" "%~1\release" 2^>nul') do set "MAJOR=%%~v"
for /f "tokens=1 delims=." %%m in ("%MAJOR%") do set "MAJOR=%%m"
exit /b 0

rem ---- :find_jdk: JDK = a JDK 21+, by .mvn/find-jdk's rule without toolchains.xml: JAVA_HOME, the other
rem JAVA..._HOME variables, the usual install folders (the last 21+ in name order), the javac on the PATH.
:find_jdk
call :try "%JAVA_HOME%"
if defined JDK exit /b 0
for /f "tokens=1,* delims==" %%a in ('set JAVA 2^>nul') do (
  echo %%a| findstr /e /i "_HOME" >nul && if not defined JDK call :try "%%b"
)
if defined JDK exit /b 0
for %%p in ("%ProgramFiles%\Java" "%ProgramFiles%\Eclipse Adoptium" "%ProgramFiles%\Microsoft" "%ProgramFiles%\Zulu" "%ProgramFiles%\Amazon Corretto" "%ProgramFiles%\BellSoft" "%USERPROFILE%\.jdks") do (
  if exist "%%~p" for /f "delims=" %%d in ('dir /b /ad /on "%%~p" 2^>nul') do call :try_last "%%~p\%%d"
)
if defined LAST set "JDK=%LAST%"
if defined JDK exit /b 0
for /f "delims=" %%j in ('where javac 2^>nul') do if not defined JDK for %%d in ("%%~dpj..") do call :try "%%~fd"
exit /b 0

:try
if "%~1"=="" exit /b 0
if not exist "%~1\bin\javac.exe" exit /b 0
call :major "%~1"
if %MAJOR% GEQ 21 set "JDK=%~f1"
exit /b 0

:try_last
if not exist "%~1\bin\javac.exe" exit /b 0
call :major "%~1"
if %MAJOR% GEQ 21 set "LAST=%~f1"
exit /b 0
