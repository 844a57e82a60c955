# The site's container image, the one CI publishes (.github/workflows/publish.yml). It is made from the jar Maven
# packaged, so the image holds exactly the build that was tested:
#   ./mvnw -DskipTests package && docker build -t rlhf-course-site .   then: docker run -p 8080:8080 rlhf-course-site
# bench/startup.sh and bench/memory.sh lay out /app as below and run the ENTRYPOINT's flags, to measure this image.

FROM eclipse-temurin:25-jre AS layers
WORKDIR /src
COPY target/rlhf-course-site-*.jar app.jar
RUN java -Djarmode=tools -jar app.jar extract --layers --destination extracted

FROM eclipse-temurin:25-jre
WORKDIR /app
# Layers from the least to the most often changed, so a content or code change ships only the last ones.
COPY --from=layers /src/extracted/dependencies/ ./
COPY --from=layers /src/extracted/spring-boot-loader/ ./
COPY --from=layers /src/extracted/snapshot-dependencies/ ./
COPY --from=layers /src/extracted/application/ ./
ENV SPRING_PROFILES_ACTIVE=prod
# The JVM's flags, for the training run and the site alike (an AOT cache only fits the flags it was made with).
# A fixed memory budget whatever the host: bench/memory.sh measures resident memory under load against 512 MB.
ENV JDK_JAVA_OPTIONS="-Xmx320m -Xss512k -XX:MaxMetaspaceSize=192m -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
# A training run starts the site once, as it will run, and records the JDK's AOT cache (classes loaded and
# linked, method profiles) for this exact jar and JVM; ENTRYPOINT starts from it (bench/startup.sh).
COPY src/main/docker/aot-training.sh /usr/local/bin/aot-training.sh
RUN ["/usr/local/bin/aot-training.sh"]
ARG VERSION=dev
ARG REVISION=unknown
ARG SOURCE=
LABEL org.opencontainers.image.title="RLHF course site" \
	org.opencontainers.image.source="${SOURCE}" \
	org.opencontainers.image.revision="${REVISION}" \
	org.opencontainers.image.version="${VERSION}" \
	org.opencontainers.image.licenses="Apache-2.0 AND CC-BY-NC-SA-4.0"
EXPOSE 8080
USER 65532:65532
ENTRYPOINT ["java", "-XX:AOTCache=app.aot", "-jar", "app.jar"]
