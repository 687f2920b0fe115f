package io.vcgate.vijson.model;

import io.vcgate.vijson.model.GuestAuthentication;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("TicketedSessionAuthentication")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class TicketedSessionAuthentication extends GuestAuthentication  {
  private String ticket;

  public TicketedSessionAuthentication() {
  }

  @JsonCreator
  public TicketedSessionAuthentication(
    @JsonProperty(required = true, value = "ticket") String ticket,
    @JsonProperty(required = true, value = "_typeName") String typeName,
    @JsonProperty(required = true, value = "interactiveSession") Boolean interactiveSession
  ) {
    super(
      interactiveSession,
      typeName
    );
    this.ticket = ticket;
  }

  /**
   * This contains a base64 encoded Ticket. 
   **/
  public TicketedSessionAuthentication ticket(String ticket) {
    this.ticket = ticket;
    return this;
  }

  
  @JsonProperty(required = true, value = "ticket")
  public String getTicket() {
    return ticket;
  }

  @JsonProperty(required = true, value = "ticket")
  public void setTicket(String ticket) {
    this.ticket = ticket;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    TicketedSessionAuthentication ticketedSessionAuthentication = (TicketedSessionAuthentication) o;
    return Objects.equals(this.ticket, ticketedSessionAuthentication.ticket) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ticket, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class TicketedSessionAuthentication {\n");
    sb.append("    ").append(toIndentedString(super.toString())).append("\n");
    sb.append("    ticket: ").append("*").append("\n");
    sb.append("}");
    return sb.toString();
  }

  /**
   * Convert the given object to string with each line indented by 4 spaces
   * (except the first line).
   */
  private String toIndentedString(Object o) {
    return o == null ? "null" : o.toString().replace("\n", "\n    ");
  }


}
