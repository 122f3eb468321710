# CareFlow in production: the postgres profile, settings from CAREFLOW_* environment variables
# (see docker-compose.yml). Build: docker build -t careflow .

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
COPY processes processes
COPY forms forms
COPY src src
RUN mvn -B -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home --uid 10001 careflow
WORKDIR /home/careflow
COPY --from=build /build/target/careflow-*.jar careflow.jar
USER careflow
ENV SPRING_PROFILES_ACTIVE=postgres
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "careflow.jar"]
