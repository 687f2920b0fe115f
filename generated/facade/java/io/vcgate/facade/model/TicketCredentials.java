package io.vcgate.facade.model;

import io.vcgate.facade.model.GuestCredentials;
import jakarta.validation.constraints.*;
import jakarta.validation.Valid;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * vim25 TicketedSessionAuthentication.
 **/

@JsonTypeName("ticket")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class TicketCredentials extends GuestCredentials  {
  private String ticket;

  public TicketCredentials() {
  }

  @JsonCreator
  public TicketCredentials(
    @JsonProperty(required = true, value = "ticket") String ticket,
    @JsonProperty(required = true, value = "type") String type
  ) {
    super(
      type
    );
    this.ticket = ticket;
  }

  /**
   **/
  public TicketCredentials ticket(String ticket) {
    this.ticket = ticket;
    return this;
  }

  
  @JsonProperty(required = true, value = "ticket")
  @NotNull  @Size(min=1,max=4096)public String getTicket() {
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
    TicketCredentials ticketCredentials = (TicketCredentials) o;
    return Objects.equals(this.ticket, ticketCredentials.ticket) &&
        super.equals(o);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ticket, super.hashCode());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class TicketCredentials {\n");
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
