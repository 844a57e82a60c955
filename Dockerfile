# The site's container image for people who build with Docker (CI builds the same image with Jib, without a
# daemon: ./mvnw -Pimage package jib:build). Build: docker build -t rlhf-course-site .   Run: docker run -p 8080:8080 rlhf-course-site

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY . .
RUN ./mvnw -B -q -DskipTests package \
	&& cp target/rlhf-course-site-*.jar app.jar \
	&& java -Djarmode=tools -jar app.jar extract --layers --destination extracted

FROM eclipse-temurin:25-jre
WORKDIR /app
# Layers from the least to the most often changed, so a content or code change ships only the last ones.
COPY --from=build /src/extracted/dependencies/ ./
COPY --from=build /src/extracted/spring-boot-loader/ ./
COPY --from=build /src/extracted/snapshot-dependencies/ ./
COPY --from=build /src/extracted/application/ ./
ARG VERSION=dev
ARG REVISION=unknown
ARG SOURCE=https://github.com/rlhf-course/rlhf-course-site
LABEL org.opencontainers.image.title="RLHF course site" \
	org.opencontainers.image.source="${SOURCE}" \
	org.opencontainers.image.revision="${REVISION}" \
	org.opencontainers.image.version="${VERSION}" \
	org.opencontainers.image.licenses="Apache-2.0 AND CC-BY-NC-SA-4.0"
ENV SPRING_PROFILES_ACTIVE=prod
EXPOSE 8080
USER 65532:65532
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-jar", "app.jar"]
