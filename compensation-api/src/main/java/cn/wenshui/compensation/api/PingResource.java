package cn.wenshui.compensation.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/v1/ping")
public class PingResource {
    @GET
    public String ping() {
        return "ok";
    }
}
