package com.salesos.workflow.zeebe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.google.protobuf.Message;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.gateway.protocol.GatewayGrpc;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivateJobsRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivateJobsResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CancelProcessInstanceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CancelProcessInstanceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CompleteJobRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CompleteJobResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployResourceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployResourceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluateDecisionRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluateDecisionResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.FailJobRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.FailJobResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.PublishMessageRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.PublishMessageResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ResolveIncidentRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ResolveIncidentResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ThrowErrorRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ThrowErrorResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UpdateJobRetriesRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UpdateJobRetriesResponse;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;

/**
 * A loopback stand-in for a Camunda 8 cluster's gRPC gateway: the gateway service the client jar ships, served by
 * grpc-netty on a free port. Answers each RPC with what the test set for it, records every request, and refuses an
 * RPC without an answer with UNIMPLEMENTED, so that a surprise call fails the test.
 */
final class GatewayStub implements AutoCloseable {

    /** One RPC as the gateway received it. */
    record Call(String method, Message request) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Function<Message, Message>> answers = new ConcurrentHashMap<>();
    private final Server server;

    private GatewayStub() throws IOException {
        server = NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .addService(new Gateway()).build().start();
    }

    static GatewayStub start() throws IOException {
        return new GatewayStub();
    }

    /** Answers an RPC (by its method name, e.g. {@code deployResource}); the function may throw a status. */
    <Q extends Message> GatewayStub on(String method, Function<Q, Message> answer) {
        @SuppressWarnings("unchecked")
        Function<Message, Message> any = (Function<Message, Message>) answer;
        answers.put(method, any);
        return this;
    }

    /** Refuses an RPC with a status and description, as the gateway does. */
    GatewayStub refuse(String method, Status.Code code, String description) {
        return on(method, r -> {
            throw Status.fromCode(code).withDescription(description).asRuntimeException();
        });
    }

    <Q extends Message> List<Q> requests(String method, Class<Q> type) {
        return calls.stream().filter(c -> c.method().equals(method)).map(c -> type.cast(c.request())).toList();
    }

    <Q extends Message> Q only(String method, Class<Q> type) {
        List<Q> matching = requests(method, type);
        if (matching.size() != 1) {
            throw new AssertionError("expected one " + method + ", got " + calls);
        }
        return matching.get(0);
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    URI address() {
        return URI.create("http://127.0.0.1:" + server.getPort());
    }

    /** A client as the application builds it, gRPC preferred (the default), REST pointed at {@code rest}. */
    CamundaClient client(URI rest) {
        return ZeebeConfiguration.client(new CamundaClientProperties(rest, address(), false, Duration.ofSeconds(5),
                null, new CamundaClientProperties.Worker(4, 2, Duration.ofMinutes(1), Duration.ofMillis(50))));
    }

    @Override
    public void close() throws InterruptedException {
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    private <R> void answer(String method, Message request, StreamObserver<R> out) {
        calls.add(new Call(method, request));
        Function<Message, Message> answer = answers.get(method);
        if (answer == null) {
            out.onError(Status.UNIMPLEMENTED.withDescription("no stub answer for " + method).asRuntimeException());
            return;
        }
        Message response;
        try {
            response = answer.apply(request);
        } catch (StatusRuntimeException e) {
            out.onError(e);
            return;
        }
        @SuppressWarnings("unchecked")
        R typed = (R) response;
        out.onNext(typed);
        out.onCompleted();
    }

    private final class Gateway extends GatewayGrpc.GatewayImplBase {

        @Override
        public void deployResource(DeployResourceRequest request, StreamObserver<DeployResourceResponse> out) {
            answer("deployResource", request, out);
        }

        @Override
        public void createProcessInstance(CreateProcessInstanceRequest request,
                StreamObserver<CreateProcessInstanceResponse> out) {
            answer("createProcessInstance", request, out);
        }

        @Override
        public void cancelProcessInstance(CancelProcessInstanceRequest request,
                StreamObserver<CancelProcessInstanceResponse> out) {
            answer("cancelProcessInstance", request, out);
        }

        @Override
        public void publishMessage(PublishMessageRequest request, StreamObserver<PublishMessageResponse> out) {
            answer("publishMessage", request, out);
        }

        @Override
        public void evaluateDecision(EvaluateDecisionRequest request, StreamObserver<EvaluateDecisionResponse> out) {
            answer("evaluateDecision", request, out);
        }

        @Override
        public void activateJobs(ActivateJobsRequest request, StreamObserver<ActivateJobsResponse> out) {
            answer("activateJobs", request, out);
        }

        @Override
        public void completeJob(CompleteJobRequest request, StreamObserver<CompleteJobResponse> out) {
            answer("completeJob", request, out);
        }

        @Override
        public void failJob(FailJobRequest request, StreamObserver<FailJobResponse> out) {
            answer("failJob", request, out);
        }

        @Override
        public void throwError(ThrowErrorRequest request, StreamObserver<ThrowErrorResponse> out) {
            answer("throwError", request, out);
        }

        @Override
        public void resolveIncident(ResolveIncidentRequest request, StreamObserver<ResolveIncidentResponse> out) {
            answer("resolveIncident", request, out);
        }

        @Override
        public void updateJobRetries(UpdateJobRetriesRequest request, StreamObserver<UpdateJobRetriesResponse> out) {
            answer("updateJobRetries", request, out);
        }
    }
}
